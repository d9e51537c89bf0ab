import ArgumentParser
import Hub
import Messages

/// `dalaba hub cancel ID [--reason TEXT]`: withdraws an announcement from every village, also
/// where the station already has it queued or is playing it.
struct CancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: HubHelp.cancelAbstract.localized(),
        discussion: HubHelp.cancelDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.cancelID.localized()))
    var id: Int

    @Option(help: ArgumentHelp(HubHelp.cancelReason.localized(), valueName: "text"))
    var reason: String?

    @OptionGroup var options: HubOptions

    func run() async throws {
        if let reason, reason.count > 100 { throw ValidationError(HubHelp.reasonTooLong.localized()) }
        let outcome = try await options.withHub { connection in try await Announcements.cancel(id, reason: reason, on: connection) }
        switch outcome {
        case .cancelled:
            print(HubMessage.cancelDone.localized(["id": id]))
            print(HubMessage.sayHint.localized(["id": id]))
        case .already(let by, let at):
            print(HubMessage.cancelAlready.localized(["id": id, "user": by ?? "?", "time": HubText().time(at)]))
        case .unknown:
            throw CommandFailure(description: HubMessage.deliveriesUnknown.localized(["id": id]))
        }
    }
}
