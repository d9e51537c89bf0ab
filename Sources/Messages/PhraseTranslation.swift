// Chinese for English text that was made elsewhere: argument-parser's words, and messages of
// modules that speak English only (the daemon's replies, the audio layer's errors). Each phrase
// is an entry of a catalog; its English template is looked for in the text and replaced by
// the Chinese, with the same values. The English remains what logs, the journal and old
// peers see; the reader's side translates what it shows.

public enum PhraseTranslation {
    /// `text` with every phrase of `catalog` found in it put in Chinese, line by line, entries
    /// in the catalog's order (put a longer phrase before a shorter one it contains; a phrase
    /// whose value holds another phrase before that one).
    public static func chinese<C: MessageCatalog>(_ text: String, _ catalog: C.Type) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { translatedLine(String($0), catalog) }.joined(separator: "\n")
    }

    private static func translatedLine<C: MessageCatalog>(_ line: String, _ catalog: C.Type) -> String {
        var line = line
        for entry in C.allCases {
            let (english, chinese) = entry.templates
            let template = Template(english)
            var searchFrom = line.startIndex
            while let match = template.match(in: line, from: searchFrom) {
                var replacement = chinese
                for (name, value) in match.values { replacement = replacement.replacing("{\(name)}", with: value) }
                let offset = line.distance(from: line.startIndex, to: match.range.lowerBound) + replacement.count
                line.replaceSubrange(match.range, with: replacement)
                guard offset < line.count else { break }
                searchFrom = line.index(line.startIndex, offsetBy: offset)
            }
        }
        return line
    }
}

/// An English template as literal parts and the placeholder names between them.
struct Template {
    /// Literal, name, literal, name, …, literal (the first and last may be empty).
    let parts: [String]

    init(_ template: String) {
        var parts: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            parts.append(String(rest[..<open]))
            parts.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(String(rest))
        self.parts = parts
    }

    /// Where the template occurs in `line` at or after `start`, with the text standing for each
    /// placeholder: up to the next literal part; a final one runs to the end of the line, and a
    /// leading one is the word before the first literal part.
    func match(in line: String, from start: String.Index) -> (range: Range<String.Index>, values: [(String, String)])? {
        var searchFrom = start
        while searchFrom < line.endIndex {
            var values: [(String, String)] = []
            var nextName = 1
            let first: Range<String.Index>
            if parts[0].isEmpty, parts.count > 2 {
                guard let literal = line.range(of: parts[2], from: searchFrom) else { return nil }
                let wordStart = max(searchFrom, line[..<literal.lowerBound].lastIndex(of: " ").map { line.index(after: $0) } ?? line.startIndex)
                guard wordStart < literal.lowerBound else {
                    searchFrom = literal.upperBound
                    continue
                }
                values.append((parts[1], String(line[wordStart..<literal.lowerBound])))
                first = wordStart..<literal.upperBound
                nextName = 3
            } else {
                guard let found = line.range(of: parts[0], from: searchFrom) else { return nil }
                first = found
            }
            var cursor = first.upperBound
            var matched = true
            for index in stride(from: nextName, to: parts.count, by: 2) {
                let literal = parts[index + 1]
                if literal.isEmpty {
                    values.append((parts[index], String(line[cursor...])))
                    cursor = line.endIndex
                } else if let next = index + 1 == parts.count - 1
                            // The last value runs to the template's last literal's last occurrence
                            // ("(… (U+1F600) …)": a value may hold the closing mark itself).
                            ? line.lastRange(of: literal, from: cursor) : line.range(of: literal, from: cursor),
                          next.lowerBound > cursor {
                    values.append((parts[index], String(line[cursor..<next.lowerBound])))
                    cursor = next.upperBound
                } else {
                    matched = false
                    break
                }
            }
            if matched { return (first.lowerBound..<cursor, values) }
            // On past where this attempt began (never back: a leading word starts before its literal).
            searchFrom = nextName == 3 ? first.upperBound : line.index(after: first.lowerBound)
        }
        return nil
    }
}

extension String {
    fileprivate func lastRange(of literal: String, from start: Index) -> Range<Index>? {
        var found: Range<Index>?
        var from = start
        while let next = range(of: literal, from: from) {
            found = next
            from = index(after: next.lowerBound)
        }
        return found
    }

    /// The first occurrence of `literal` at or after `start` (no Foundation in this module).
    fileprivate func range(of literal: String, from start: Index) -> Range<Index>? {
        guard !literal.isEmpty else { return start..<start }
        var index = start
        while index < endIndex {
            if self[index...].hasPrefix(literal) {
                return index..<self.index(index, offsetBy: literal.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
