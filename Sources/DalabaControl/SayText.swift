import ControlWire
import Messages

/// `dalaba say`: queue an announcement and print its id.
enum SayText {
    static func run(_ arguments: SayArguments, _ session: Session) throws {
        let words = (arguments.text ?? readStandardInput()).trimmed
        guard !words.isEmpty else {
            throw UsageFailure(ControlMessage.nothingToSay.localized())
        }
        let request = Request(
            .say, text: words, at: arguments.at, repeat: arguments.repeatCount, priority: arguments.priority,
            voice: arguments.voice, chime: arguments.chime, expires: arguments.expires)
        let (line, reply) = try session.call(request, as: SayReply.self)
        if session.json { return session.printLine(line) }
        print(reply.id)
    }
}
