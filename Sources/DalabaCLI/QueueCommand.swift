import ArgumentParser
import Messages
import DalabaControl

/// `dalaba queue`: what will play, in order, with today's program occurrences. (DalabaControl runs it.)
struct QueueCommand: ControlCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: HelpMessage.queueAbstract.localized())

    @OptionGroup var control: ControlOptions

    var invocation: ControlInvocation { control.invocation(.queue) }
}
