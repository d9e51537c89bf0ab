import ArgumentParser
import DalabaControl

/// `dalaba queue`: what will play, in order, with today's program occurrences. (DalabaControl runs it.)
struct QueueCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List what will play, in order: queued announcements and the rest of today's programs.")

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.queue) }
}
