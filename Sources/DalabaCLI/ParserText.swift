// argument-parser writes its own words around ours: the headings of --help, "Show help
// information.", "Error: ", "Missing expected argument …". It has no hook to translate them, so
// under a Chinese locale its finished text is translated here, phrase by phrase (the phrases
// of swift-argument-parser 1.5/1.6; CLITests' Chinese runs fail if a new version changes one).
import Foundation
import Messages

enum ParserMessage: String, MessageCatalog {
    // Longer phrases first: "Unknown option '…'. Did you mean …" before "Unknown option '…'".
    case seeHelp, seeMore, unknownOptionDidYouMean, unknownOption, missingArgument, missingValue, unexpectedArguments
    case unexpectedArgument, invalidValue, noValueTaken, missingOneOf
    case overview, usage, arguments, options, subcommands, showHelp, showSubcommandHelp
    case errorPrefix, usagePrefix, helpPrefix, defaultValue, values

    var templates: (english: String, chinese: String) {
        switch self {
        case .seeHelp: ("See '{command} <subcommand>' for detailed help.", "各子命令的详细帮助见 '{command} <子命令>'。")
        case .seeMore: ("See '{command}' for more information.", "详细说明见 '{command}'。")
        case .unknownOptionDidYouMean:
            ("Unknown option '{name}'. Did you mean '{near}'?", "没有 '{name}' 这个选项，是不是想写 '{near}'？")
        case .unknownOption: ("Unknown option '{name}'", "没有 '{name}' 这个选项")
        case .missingArgument: ("Missing expected argument '{name}'", "缺少参数 '{name}'")
        case .missingValue: ("Missing value for '{name}'", "'{name}' 后面缺少值")
        case .unexpectedArguments: ("{count} unexpected arguments: '{values}'", "多出了 {count} 个参数：'{values}'")
        case .unexpectedArgument: ("Unexpected argument '{value}'", "多出的参数 '{value}'")
        case .invalidValue: ("The value '{value}' is invalid for '{name}'", "'{value}' 不能用作 '{name}' 的值")
        case .noValueTaken:
            ("The option '{name}' does not take any value, but '{value}' was specified.",
             "选项 '{name}' 后面不带值，这里却写了 '{value}'。")
        case .missingOneOf: ("Missing one of: '{names}'", "缺少其中之一：'{names}'")
        case .overview: ("OVERVIEW: ", "说明：")
        case .usage: ("USAGE: ", "用法：")
        case .arguments: ("ARGUMENTS:", "参数：")
        case .options: ("OPTIONS:", "选项：")
        case .subcommands: ("SUBCOMMANDS:", "子命令：")
        case .showHelp: ("Show help information.", "显示帮助。")
        case .showSubcommandHelp: ("Show subcommand help information.", "显示子命令的帮助。")
        case .errorPrefix: ("Error: ", "错误：")
        case .usagePrefix: ("Usage: ", "用法：")
        case .helpPrefix: ("Help:  ", "帮助：")
        case .defaultValue: ("(default: {value})", "（默认：{value}）")
        case .values: ("(values: {values})", "（可选值：{values}）")
        }
    }
}

enum ParserText {
    /// `text` as argument-parser wrote it, with its phrases in `language`.
    static func localized(_ text: String, in language: Language = .current) -> String {
        guard language == .chinese else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { translatedLine(String($0)) }.joined(separator: "\n")
    }

    private static func translatedLine(_ line: String) -> String {
        var line = line
        for entry in ParserMessage.allCases {
            let (english, _) = entry.templates
            // Each phrase may occur more than once on a line ("(default: …)" twice is rare, but cheap).
            var searchFrom = line.startIndex
            while let match = match(english, in: line, from: searchFrom) {
                let chinese = entry(match.values.map { ($0.0, $0.1 as any MessageValue) }.keyValuePairs).chinese
                let offset = line.distance(from: line.startIndex, to: match.range.lowerBound) + chinese.count
                line.replaceSubrange(match.range, with: chinese)
                searchFrom = line.index(line.startIndex, offsetBy: offset)
            }
        }
        return line
    }

    /// Where `template` occurs in `line` (at or after `start`), with the text standing in for
    /// each `{name}`: up to the next literal part, or to the end of the line for a final one.
    static func match(_ template: String, in line: String, from start: String.Index)
        -> (range: Range<String.Index>, values: [(String, String)])?
    {
        // Literal parts and placeholder names, alternating, starting with a literal (maybe "").
        var parts: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            parts.append(String(rest[..<open]))
            parts.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(String(rest))
        var searchFrom = start
        while searchFrom <= line.endIndex {
            var values: [(String, String)] = []
            var firstPlaceholder = 1
            let first: Range<String.Index>
            if parts[0].isEmpty, parts.count > 2 {
                // A leading placeholder ("{count} unexpected arguments"): the word before the
                // first literal part.
                guard let literal = line.range(of: parts[2], range: searchFrom..<line.endIndex) else { return nil }
                let wordStart = line[..<literal.lowerBound].lastIndex(of: " ").map { line.index(after: $0) } ?? line.startIndex
                values.append((parts[1], String(line[wordStart..<literal.lowerBound])))
                first = wordStart..<literal.upperBound
                firstPlaceholder = 3
            } else {
                guard let found = line.range(of: parts[0], range: searchFrom..<line.endIndex) else { return nil }
                first = found
            }
            var cursor = first.upperBound
            var matched = true
            for index in stride(from: firstPlaceholder, to: parts.count, by: 2) {
                let literal = parts[index + 1]
                if literal.isEmpty {
                    values.append((parts[index], String(line[cursor...])))
                    cursor = line.endIndex
                } else if let next = line.range(of: literal, range: cursor..<line.endIndex), next.lowerBound > cursor {
                    values.append((parts[index], String(line[cursor..<next.lowerBound])))
                    cursor = next.upperBound
                } else {
                    matched = false
                    break
                }
            }
            if matched { return (first.lowerBound..<cursor, values) }
            guard first.upperBound < line.endIndex else { return nil }
            searchFrom = line.index(after: first.lowerBound)
        }
        return nil
    }
}

extension Array where Element == (String, any MessageValue) {
    fileprivate var keyValuePairs: KeyValuePairs<String, any MessageValue> {
        // KeyValuePairs has no initializer from an array; messages have at most three values.
        switch count {
        case 0: [:]
        case 1: [self[0].0: self[0].1]
        case 2: [self[0].0: self[0].1, self[1].0: self[1].1]
        default: [self[0].0: self[0].1, self[1].0: self[1].1, self[2].0: self[2].1]
        }
    }
}
