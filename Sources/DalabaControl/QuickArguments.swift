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
        guard let name = arguments.first, let grammar = grammars[name] else { return nil }
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
        var rest = arguments.dropFirst()[...]
        while let token = rest.popFirst() {
            guard !token.isEmpty, token != "help" else { return nil }
            if token.hasPrefix("--") {
                let parts = token.dropFirst(2).split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let option = String(parts[0])
                if grammar.flags.contains(option) {
                    guard parts.count == 1, flags.insert(option).inserted else { return nil }
                } else if grammar.values.contains(option) {
                    guard values[option] == nil, let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(),
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
        case "skip": action = .skip
        case "pause": action = .pause
        case "resume": action = .resume
        case "reload": action = .reload
        case "watch": action = .watch
        case "cancel":
            guard positionals.count == 1, let id = Int64(positionals[0]) else { return nil }
            action = .cancel(id)
        case "history":
            let arguments = HistoryArguments(date: values["date"], csv: flags.contains("csv"))
            guard arguments.problem(json: json) == nil else { return nil }
            action = .history(arguments)
        case "say":
            var arguments = SayArguments(text: positionals.first, at: values["at"], voice: values["voice"], chime: !flags.contains("no-chime"))
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
    struct Grammar {
        var values: Set<String> = ["socket"]
        var flags: Set<String> = ["json"]
        var positionals = 0
    }

    static let grammars: [String: Grammar] = [
        "status": Grammar(), "queue": Grammar(), "skip": Grammar(), "pause": Grammar(), "resume": Grammar(),
        "reload": Grammar(), "watch": Grammar(),
        "cancel": Grammar(positionals: 1),
        "history": Grammar(values: ["socket", "date"], flags: ["json", "csv"]),
        "say": Grammar(values: ["socket", "at", "repeat", "priority", "voice"], flags: ["json", "no-chime"], positionals: 1),
    ]
}
