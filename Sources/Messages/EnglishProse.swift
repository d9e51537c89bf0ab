// Finding English sentences in text meant for a Chinese reader: the check behind the
// catalogs' audit and the CLI's Chinese acceptance test.

public enum EnglishProse {
    /// Runs of two or more consecutive English words in `text`. A word is a space-separated
    /// token of ASCII letters only (ignoring ASCII punctuation around it), so paths, file
    /// names, ids, options (`--json`), times and tone-numbered pinyin (`zhong1`) never count,
    /// and neither does a lone key name or value (`daily`). Text between quotes or brackets
    /// ('…', "…", `…`, “…”, ‘…’, 「…」, […], {…}) is a quotation of code or of what the person
    /// wrote, not prose. Words in `allowed` (lowercased) break no rule either: product names;
    /// and a line that starts with one of them shows a command to type (an example), not prose.
    public static func sentences(in text: String, allowed: Set<String> = []) -> [String] {
        var found: [String] = []
        var run: [Substring] = []
        func close() {
            if run.count >= 2 { found.append(run.joined(separator: " ")) }
            run.removeAll()
        }
        for line in text.split(separator: "\n") {
            if let first = line.split(separator: " ").first, allowed.contains(first.lowercased()) { continue }
            for token in withoutQuotations(String(line)).split(separator: " ", omittingEmptySubsequences: false) {
                let core = token.trimmingASCIIPunctuation()
                if !core.isEmpty, core.allSatisfy({ $0.isASCII && $0.isLetter }), !allowed.contains(core.lowercased()) {
                    run.append(core)
                    // A sentence mark ends the run: "OK. Done" is two single words.
                    if let last = token.last, ".;:!?".contains(last) { close() }
                } else {
                    close()
                }
            }
            close()
        }
        return found
    }

    private static let quotations: [(Character, Character)] = [
        ("'", "'"), ("\"", "\""), ("`", "`"), ("“", "”"), ("‘", "’"), ("「", "」"), ("[", "]"), ("{", "}"),
    ]

    /// The line with every quoted span replaced by one non-word token.
    static func withoutQuotations(_ line: String) -> String {
        var out = ""
        var closing: Character?
        for character in line {
            if let end = closing {
                if character == end { closing = nil; out += " ⟨⟩ " }
                continue
            }
            // An apostrophe inside a word ("don't") opens nothing.
            if character == "'", let previous = out.last, previous.isLetter, previous.isASCII {
                out.append(character)
                continue
            }
            if let pair = quotations.first(where: { $0.0 == character }) {
                closing = pair.1
                continue
            }
            out.append(character)
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingASCIIPunctuation() -> Substring {
        let marks: Set<Character> = [",", ".", ";", ":", "!", "?", "(", ")", "'", "\"", "—", "–"]
        return drop(while: { marks.contains($0) }).reversed().drop(while: { marks.contains($0) })
            .reversed().reduce(into: Substring()) { $0.append($1) }
    }
}
