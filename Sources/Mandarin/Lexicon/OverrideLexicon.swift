import Foundation
import Messages

/// A hand-written lexicon that overrides the generated data: the curated domain lexicon
/// (voices/mandarin/domain.tsv) and the station's local one (voices/lexicon.local.tsv).
/// Format: `词<TAB>ci2` with one tone-numbered syllable per character; `#` comments, blank lines ok.
/// A bad line is reported with file:line and skipped; the other lines still load.
struct OverrideLexicon: Sendable {
    private(set) var entries: [String: [String]] = [:]
    /// The file the entries came from and each word's line in it (for `dalaba pinyin --explain`).
    private(set) var file = ""
    private var lineNumbers: [String: Int] = [:]
    /// Longest word, in characters: bounds the matching loop.
    private(set) var maxLength = 0
    /// First characters of all words: most positions are ruled out without building a key.
    private var firstScalars: Set<UInt32> = []
    /// Every character of every word (some may have no reading anywhere else).
    private var allScalars: Set<UInt32> = []

    init() {}

    /// Parses `text`; `problems` receives one error per rejected (or suspicious) line.
    init(text: String, file: String, problems: inout [LexiconError]) {
        self.file = file
        var seenAt: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            line = Substring(line.trimmingCharacters(in: .whitespacesAndNewlines))
            if line.isEmpty { continue }
            func reject(_ reason: LocalizedText) {
                problems.append(LexiconError(file: file, line: lineNumber, text: reason))
            }
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else {
                reject(LexiconMessage.format(["line": "\"\(line)\""]))
                continue
            }
            let word = String(fields[0]).trimmingCharacters(in: .whitespaces)
            let rawSyllables = fields[1].split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard !word.isEmpty, !word.contains(where: { $0.isWhitespace }) else {
                reject(LexiconMessage.emptyWord())
                continue
            }
            // Digits and letters are normalized or spelled before the lexicon is consulted, so such
            // an entry could never match.
            guard !word.unicodeScalars.contains(where: { $0.isASCII || (0xFF01...0xFF5E).contains($0.value) }) else {
                reject(LexiconMessage.latin(["word": word]))
                continue
            }
            let syllables = rawSyllables.map { Syllable.normalized(String($0)) }
            if let bad = zip(rawSyllables, syllables).first(where: { $0.1 == nil }) {
                reject(LexiconMessage.syllable(["syllable": "\"\(bad.0)\""]))
                continue
            }
            let count = word.unicodeScalars.count
            guard syllables.count == count else {
                reject(LexiconMessage.count(["word": word, "characters": count, "syllables": syllables.count]))
                continue
            }
            if let earlier = seenAt[word] {
                reject(LexiconMessage.repeated(["word": word, "line": earlier]))
            }
            seenAt[word] = lineNumber
            entries[word] = syllables.compactMap { $0 }
            lineNumbers[word] = lineNumber
            maxLength = max(maxLength, count)
            firstScalars.insert(word.unicodeScalars.first!.value)
            for scalar in word.unicodeScalars { allScalars.insert(scalar.value) }
        }
    }

    /// Loads `url` if it exists; a missing file is an empty lexicon.
    static func load(_ url: URL, problems: inout [LexiconError]) -> OverrideLexicon {
        guard FileManager.default.fileExists(atPath: url.path) else { return OverrideLexicon() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            problems.append(LexiconError(file: url.path, text: LexiconMessage.unreadable()))
            return OverrideLexicon()
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(LexiconError(file: url.path, text: LexiconMessage.notUTF8()))
            return OverrideLexicon()
        }
        return OverrideLexicon(text: text, file: url.path, problems: &problems)
    }

    func syllables(for word: String) -> [String]? { entries[word] }

    /// The line that defines `word` (the last one, if several do).
    func line(of word: String) -> Int? { lineNumbers[word] }

    func covers(_ scalar: Unicode.Scalar) -> Bool { allScalars.contains(scalar.value) }

    /// Every word starting at `start` in `scalars` (ending by `limit`), longest first.
    func matches(in scalars: [Unicode.Scalar], at start: Int, limit: Int) -> [(length: Int, syllables: [String])] {
        guard firstScalars.contains(scalars[start].value) else { return [] }
        var found: [(length: Int, syllables: [String])] = []
        for length in stride(from: min(maxLength, limit - start), through: 1, by: -1) {
            var key = String.UnicodeScalarView()
            key.append(contentsOf: scalars[start..<start + length])
            if let syllables = entries[String(key)] { found.append((length, syllables)) }
        }
        return found
    }

    /// The longest word starting at `start` in `scalars` (ending by `limit`).
    func longestMatch(in scalars: [Unicode.Scalar], at start: Int, limit: Int) -> (length: Int, syllables: [String])? {
        matches(in: scalars, at: start, limit: limit).first
    }
}
