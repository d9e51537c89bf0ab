import ArgumentParser
import Control
import Station

/// `dalaba cancel ID`.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Remove a queued announcement by its id, or stop it if it is playing.")

    @Argument(help: "The announcement's id, as `dalaba queue` or `dalaba say` printed it.")
    var id: AnnouncementID

    @OptionGroup var control: ControlOptions

    func run() throws {
        let line = try control.call(Request(.cancel, id: id))
        if control.json { return control.printLine(line) }
        print("cancelled \(id)")
    }
}
