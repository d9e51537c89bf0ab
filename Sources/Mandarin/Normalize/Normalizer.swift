/// Announcement text → the Chinese words to be spoken: numbers, dates, times, phone numbers,
/// money, units and symbols written out in characters (12月5日 十二月五日, 8:30 八点三十分,
/// 13912345678 幺三九幺二三四五六七八, ≥ 大于等于, ① 一); punctuation reduced to the pause marks
/// ，。、；：？！; whitespace, Chinese characters and Latin letters kept as they are. Anything it
/// cannot read is kept as typed and listed in `NormalizedText.unread`, never dropped silently.
/// The rules, as the clerk sees them, are in docs/normalization.md.
///
/// Pure and single-pass (every look-ahead is bounded), so it is cheap enough to run on every
/// announcement and on 10,000-line batches; no input makes it crash or hang.
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ text: String) -> String {
        normalizeReporting(text).text
    }

    /// The spoken text and what could not be read in it: symbols with no reading (emoji,
    /// private-use characters, stray signs), passed on as typed, and control characters, dropped.
    public func normalizeReporting(_ text: String) -> NormalizedText {
        var unread = UnreadCharacters()
        var pass = NormalizationPass(ScalarFolding.fold(text, dropped: &unread))
        pass.unread = unread
        let spoken = pass.run()
        return NormalizedText(text: spoken, unread: pass.unread)
    }
}

/// What `Normalizer.normalizeReporting` gives: the text to read and the characters it could not.
public struct NormalizedText: Sendable, Equatable {
    public var text: String
    public var unread: UnreadCharacters

    public init(text: String, unread: UnreadCharacters = UnreadCharacters()) {
        self.text = text
        self.unread = unread
    }
}
