import ArgumentParser
import Control

/// `dalaba resume`.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "End a pause: held announcements play if they are still valid.")

    @OptionGroup var control: ControlOptions

    func run() throws {
        let line = try control.call(Request(.resume))
        if control.json { return control.printLine(line) }
        print("resumed")
    }
}
