import ArgumentParser
import Control

/// `dalaba pause`.
struct PauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Hold every announcement below emergency until `dalaba resume`; what plays now finishes.")

    @OptionGroup var control: ControlOptions

    func run() throws {
        let line = try control.call(Request(.pause))
        if control.json { return control.printLine(line) }
        print("paused: only emergencies will sound until `dalaba resume`")
    }
}
