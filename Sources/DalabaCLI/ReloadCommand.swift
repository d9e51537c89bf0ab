import ArgumentParser
import Control
import Foundation

/// `dalaba reload`.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Re-read schedules, station settings, voices and the local lexicon (as SIGHUP does).")

    @OptionGroup var control: ControlOptions

    func run() throws {
        let (line, reply) = try control.call(Request(.reload), as: ReloadReply.self)
        if control.json {
            control.printLine(line)
        } else {
            print("reloaded: \(reply.programs) program(s)")
            for error in reply.errors { print(error) }
        }
        if !reply.errors.isEmpty {
            throw Failure("\(reply.errors.count) schedule error(s): the last good version of each broken file stays in force")
        }
    }
}
