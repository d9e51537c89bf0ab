/// How punctuation is spoken: as a short pause (", ") or a full stop (". ") for eSpeak NG, or as a
/// plain word boundary (quotes, brackets, which are not heard).
enum SpokenPause {
    enum Pause { case short, long, none }

    private static let long: Set<Character> = ["。", "！", "？", "!", "?", ".", "．", "…", "\n"]
    private static let short: Set<Character> = ["，", "、", "；", "：", ",", ";", ":", "—", "–", "-", "～", "~", "·", "／", "/"]

    /// nil when `c` is not punctuation at all.
    static func pause(_ c: Character) -> Pause? {
        if long.contains(c) { return .long }
        if short.contains(c) { return .short }
        if c.isPunctuation || c.isWhitespace { return Pause.none }
        return nil
    }
}
