// The check every message catalog must pass: both languages present and saying the same
// thing's values. Each module's tests run it over its catalogs.

public enum CatalogAudit {
    /// One line per problem in `catalog`; empty when every entry is complete.
    /// - `allowed`: English words that may stand together in the Chinese text (see `EnglishProse`).
    public static func problems<C: MessageCatalog>(_ catalog: C.Type, allowed: Set<String> = []) -> [String] {
        var problems: [String] = []
        for entry in C.allCases {
            let (english, chinese) = entry.templates
            let name = "\(C.self).\(entry)"
            if english.trimmingSpaces.isEmpty { problems.append("\(name): the English text is empty") }
            if chinese.trimmingSpaces.isEmpty { problems.append("\(name): the Chinese text is empty") }
            if !chinese.trimmingSpaces.isEmpty, !chinese.unicodeScalars.contains(where: isHan) {
                problems.append("\(name): the Chinese text has no Chinese character: \(chinese)")
            }
            let englishNames = Set(Placeholders.names(in: english)).sorted()
            let chineseNames = Set(Placeholders.names(in: chinese)).sorted()
            if englishNames != chineseNames {
                problems.append("\(name): placeholders differ: English \(englishNames), Chinese \(chineseNames)")
            }
            for sentence in EnglishProse.sentences(in: chinese, allowed: allowed) {
                problems.append("\(name): English in the Chinese text: \"\(sentence)\"")
            }
        }
        return problems
    }

    /// CJK unified ideographs (and extension A), the characters of Chinese text.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed().reduce(into: Substring()) { $0.append($1) }
    }
}
