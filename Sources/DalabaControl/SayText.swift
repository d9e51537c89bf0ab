import ControlWire
import FoundationEssentials
import Messages

/// `dalaba say`: queue an announcement and print its id.
enum SayText {
    /// The daemon (another user, another working directory) opens the file: the path is made
    /// absolute here, from the directory the command was typed in.
    static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let directory = FileManager.default.currentDirectoryPath
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    static func run(_ arguments: SayArguments, _ session: Session) throws {
        // With a recording the text is optional: standard input is not waited for.
        let words = (arguments.text ?? (arguments.audio == nil ? readStandardInput() : "")).trimmed
        guard !words.isEmpty || arguments.audio != nil else {
            throw UsageFailure(ControlMessage.nothingToSay.localized())
        }
        let request = Request(
            .say, text: words, at: arguments.at, repeat: arguments.repeatCount, priority: arguments.priority,
            voice: arguments.voice, chime: arguments.chime, expires: arguments.expires,
            audio: arguments.audio.map(absolutePath), zones: arguments.zoneNames)
        let (line, reply) = try session.call(request, as: SayReply.self)
        if session.json { return session.printLine(line) }
        print(reply.id)
    }
}
