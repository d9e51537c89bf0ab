import Vocabulary

/// Reads the everyday control command lines (`status`, `say TEXT --at 18:30`, `cancel 12 --json`
/// …) without argument-parser, whose start-up (a scan of every protocol conformance in the
/// binary per type it checks) costs more than the whole request. Anything it is not sure of —
/// help, completion, an unknown or repeated option, a value that looks like an option, a bad
/// value — it leaves to argument-parser in dalaba-tools (nil), which then answers exactly as
/// before. So whatever it accepts must mean what argument-parser would make of it; CLITests
/// check the two side by side.
public enum QuickArguments {
    public static func parse(_ arguments: [String]) -> ControlInvocation? {
        guard let name = arguments.first, let grammar = grammar(of: name) else { return nil }
        var values: [String: String] = [:]
        var flags: [String] = []
        var positionals: [String] = []
        var rest = arguments.dropFirst()[...]
        while let token = rest.popFirst() {
            guard !token.isEmpty, token != "help" else { return nil }
            if token.hasPrefix("--") {
                // --name or --name=value (index arithmetic: split() would cost generic metadata).
                let equals = token.firstIndex(of: "=")
                let option = String(token[token.index(token.startIndex, offsetBy: 2)..<(equals ?? token.endIndex)])
                let inline = equals.map { String(token[token.index(after: $0)...]) }
                if grammar.flags.contains(option) {
                    guard inline == nil, !flags.contains(option) else { return nil }
                    flags.append(option)
                } else if grammar.values.contains(option) {
                    guard values[option] == nil, let value = inline ?? rest.popFirst(),
                        !value.isEmpty, !value.hasPrefix("-"), value != "help"
                    else { return nil }
                    values[option] = value
                } else {
                    return nil
                }
            } else if token.hasPrefix("-") {
                return nil  // short options, negative numbers
            } else {
                positionals.append(token)
            }
        }
        guard positionals.count <= grammar.positionals else { return nil }
        let json = flags.contains("json")
        let action: ControlInvocation.Action
        switch name {
        case "status": action = .status
        case "queue": action = .queue
        case "skip": action = values["zone"].map { .skipZone($0) } ?? .skip
        case "pause": action = .pause
        case "resume": action = .resume
        case "reload": action = .reload
        case "watch": action = .watch
        case "alerts": action = .alerts
        case "cancel":
            guard positionals.count == 1, let id = Int64(positionals[0]) else { return nil }
            action = .cancel(id)
        case "volume":
            let arguments = VolumeArguments(level: positionals.first, until: values["until"])
            guard arguments.problem == nil else { return nil }
            action = .volume(arguments)
        case "history":
            let arguments = HistoryArguments(date: values["date"], csv: flags.contains("csv"))
            guard arguments.problem(json: json) == nil else { return nil }
            action = .history(arguments)
        case "say":
            var arguments = SayArguments(text: positionals.first, at: values["at"], voice: values["voice"], chime: !flags.contains("no-chime"),
                                         audio: values["audio"], zones: values["zones"])
            if let text = values["repeat"] {
                guard let count = Int(text) else { return nil }
                arguments.repeatCount = count
            }
            if let text = values["priority"] {
                guard let priority = Priority(rawValue: text) else { return nil }
                arguments.priority = priority
            }
            guard arguments.problem == nil else { return nil }
            action = .say(arguments)
        default: return nil
        }
        return ControlInvocation(action, socket: values["socket"], json: json)
    }

    /// The options each command takes (`--expires` is left to dalaba-tools, which reads durations).
    /// Arrays and a switch, not a dictionary of sets: each generic type the client touches
    /// costs it a runtime metadata lookup.
    struct Grammar {
        var values = ["socket"]
        var flags = ["json"]
        var positionals = 0
    }

    static let commands = ["status", "say", "queue", "cancel", "skip", "pause", "resume", "reload", "history", "watch", "volume", "alerts"]

    static func grammar(of command: String) -> Grammar? {
        switch command {
        case "status", "queue", "pause", "resume", "reload", "watch", "alerts": Grammar()
        case "skip": Grammar(values: ["socket", "zone"])
        case "cancel": Grammar(positionals: 1)
        case "volume": Grammar(values: ["socket", "until"], positionals: 1)
        case "history": Grammar(values: ["socket", "date"], flags: ["json", "csv"])
        case "say": Grammar(values: ["socket", "at", "repeat", "priority", "voice", "audio", "zones"], flags: ["json", "no-chime"], positionals: 1)
        default: nil
        }
    }
}
