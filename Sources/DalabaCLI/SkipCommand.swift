import ArgumentParser
import Control

/// `dalaba skip`.
struct SkipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Stop the announcement that is playing now; the next one follows.")

    @OptionGroup var control: ControlOptions

    func run() throws {
        let (line, reply) = try control.call(Request(.skip), as: SkipReply.self)
        if control.json { return control.printLine(line) }
        if let skipped = reply.skipped {
            print("skipped \(skipped.id.map { "\($0)" } ?? "-") \(skipped.title)")
        } else {
            print("nothing is playing")
        }
    }
}
