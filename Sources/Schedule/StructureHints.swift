// Turns libyaml's syntax errors into what the clerk did wrong: a tab for indentation, the
// Chinese colon '：', a missing space after ':', text lines not indented under `text: |`, a
// key indented under another, an unclosed quote — or else plain broken indentation.
import Messages
import Yams

enum StructureHints {
    /// A diagnostic (position, message) for a YAML error on `text`.
    static func describe(_ error: Error, text: String, keys: Set<String>) -> (SourcePosition, LocalizedText) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let hint = commonMistake(in: lines, upTo: errorLine(error) ?? lines.count, keys: keys) { return hint }
        guard let yamlError = error as? YamlError else {
            return (.start, ScheduleMessage.notYAML(["detail": "\(error)"]))
        }
        switch yamlError {
        case let .scanner(context?, _, _, _) where context.text.contains("quoted scalar"):
            return (SourcePosition(line: context.mark.line, column: context.mark.column),
                    ScheduleMessage.unclosedQuote())
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (SourcePosition(line: mark.line, column: mark.column),
                    ScheduleMessage.brokenLayout(["detail": problem]))
        case let .reader(problem, offset, _, _):
            return (position(ofCharacterOffset: offset ?? 0, in: text),
                    ScheduleMessage.badCharacter(["detail": problem]))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first occurrence; the clerk wants the repeated one.
            let key = duplicates.first ?? ""
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            let repeated = lines.indices.dropFirst(first.line).first { index in
                let line = lines[index]
                guard line.count >= first.column - 1 + key.count,
                      line.prefix(first.column - 1).allSatisfy({ $0 == " " || $0 == "-" }) else { return false }
                let rest = line.dropFirst(first.column - 1)
                return rest.hasPrefix(key) && rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":"
            }
            guard let repeated else { return (first, ScheduleMessage.keyGivenTwiceOnly(["key": key])) }
            return (SourcePosition(line: repeated + 1, column: first.column),
                    ScheduleMessage.keyGivenTwice(["key": key, "line": first.line]))
        default:
            return (.start, ScheduleMessage.notYAML(["detail": "\(yamlError)"]))
        }
    }

    /// The first line, up to the one libyaml stopped at, showing a mistake we can name exactly.
    private static func commonMistake(in lines: [Substring], upTo errorLine: Int,
                                      keys: Set<String>) -> (SourcePosition, LocalizedText)? {
        var blockTextIndent: Int?           // inside `text: |`: the key's indentation
        var lastKey: (name: String, indent: Int, hasValue: Bool)?
        for (index, line) in lines.enumerated().prefix(errorLine) {
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" })
            let content = line.dropFirst(indent.count)
            // Lines inside a `text: |` block are the clerk's words: anything goes there.
            if let parent = blockTextIndent {
                if content.isEmpty || indent.count > parent { continue }
                blockTextIndent = nil
            }
            if content.hasPrefix("#") || content.isEmpty { continue }
            let number = index + 1
            if indent.contains("\t") {
                return (SourcePosition(line: number, column: 1),
                        ScheduleMessage.tabIndent())
            }
            guard let keyEnd = content.firstIndex(where: { $0 == ":" || $0 == "：" }),
                  case let key = content[..<keyEnd].trimmed(), keys.contains(key) else {
                // Not a `key:` line. At the indentation of the key above, it was meant as more
                // of that key's text, which must be indented below `key: |`.
                let isStructure = content.hasPrefix("-") || "[]{}\"'".contains(content.first!)
                if let lastKey, !isStructure, indent.count <= lastKey.indent {
                    return (SourcePosition(line: number, column: 1),
                            ScheduleMessage.notKeyValue(["key": lastKey.name]))
                }
                continue
            }
            // Only known keys: a colon inside the clerk's sentences is not a mistake.
            if content[keyEnd] == "：" {
                return (SourcePosition(line: number, column: indent.count + key.count + 1),
                        ScheduleMessage.chineseColonAfterKey(["key": key]))
            }
            let after = content[content.index(after: keyEnd)...]
            if let next = after.first, next != " " {
                return (SourcePosition(line: number, column: indent.count + key.count + 2),
                        ScheduleMessage.spaceAfterKey(["key": key, "rest": after.prefix(20)]))
            }
            if let lastKey, lastKey.hasValue, indent.count > lastKey.indent {
                return (SourcePosition(line: number, column: 1),
                        ScheduleMessage.indentedMore(["key": key, "previous": lastKey.name]))
            }
            let value = after.trimmed()
            lastKey = (String(key), indent.count, !value.isEmpty)
            if value.hasPrefix("|") || value.hasPrefix(">") { blockTextIndent = indent.count }
        }
        return nil
    }

    private static func errorLine(_ error: Error) -> Int? {
        switch error as? YamlError {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        case let .duplicatedKeysInMapping(_, context): context.mark.line
        default: nil
        }
    }

    /// For a root that is not a mapping: usually the whole file became one text because of '：'.
    static func notAMappingMessage(_ root: Node, what: LocalizedText, keys: LocalizedText) -> LocalizedText {
        if case .scalar(let scalar) = root, scalar.string.contains("：") {
            return ScheduleMessage.noEnglishColon(["what": what])
        }
        return ScheduleMessage.notMapping(["what": what, "keys": keys, "shape": root.shapeName])
    }

    static func position(ofCharacterOffset offset: Int, in text: String) -> SourcePosition {
        var line = 1, column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourcePosition(line: line, column: column)
    }
}
