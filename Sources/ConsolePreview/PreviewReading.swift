import Mandarin

/// What the 插播 page shows of a notice before it is sent: the words as the reader segmented
/// them, each with the syllables eSpeak NG will say (after tone sandhi), and which words the
/// station's own lexicon (voices/lexicon.local.tsv) decided.
public struct PreviewReading: Sendable, Equatable, Codable {
    public struct Word: Sendable, Equatable, Codable {
        /// The characters as read (after normalization: 3月 is 三月).
        public var text: String
        /// As spoken, with tone marks: `zhùyì`.
        public var pinyin: String
        /// As spoken, tone-numbered, one entry a syllable (or a spelled letter): `["zhu4", "yi4"]`.
        public var syllables: [String]
        /// From voices/lexicon.local.tsv (a clerk's or township's own entry).
        public var fromLocalLexicon: Bool
        /// Where each syllable's reading came from, in `dalaba pinyin --explain`'s words.
        public var sources: [String]
    }

    public var words: [Word]
    /// Exactly what eSpeak NG is given: `ge4wei4 cun1min2, qing3 zhu4yi4.`
    public var pinyin: String
    /// What the reader left out or spelled (`skipped 😀 (U+1F600): no reading`).
    public var warnings: [String]

    init(_ reading: Reading, words: [SpokenWord]) {
        pinyin = reading.pinyin
        warnings = reading.warnings
        self.words = words.map { word in
            Word(text: word.text, pinyin: word.syllables.map(ToneMarks.marked).joined(),
                 syllables: word.syllables, fromLocalLexicon: word.isFromLocalLexicon,
                 sources: word.sources.map { $0?.description ?? "spelled letter or digit" })
        }
    }

    /// A reading of tone-numbered pinyin typed as it is (passed to eSpeak NG unread): one word
    /// per space-separated group.
    init(pinyin: String) {
        self.pinyin = pinyin
        warnings = []
        words = pinyin.split(whereSeparator: { " ,.?!;:\t\n".contains($0) }).map { group in
            let syllables = Self.syllables(of: String(group))
            return Word(text: String(group), pinyin: ToneMarks.marked(String(group)), syllables: syllables,
                        fromLocalLexicon: false, sources: syllables.map { _ in "typed as pinyin" })
        }
    }

    private static func syllables(of group: String) -> [String] {
        var out: [String] = [], current = ""
        for c in group {
            current.append(c)
            if c.isNumber { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
