/// Grammar the model gets wrong and the lexicon cannot hold, for a polyphone that stands alone as
/// a word: decided by the next word. Kept to constructions without exceptions.
enum ContextRules {
    /// Degree adverbs that follow the complement marker 得 (跑得很快, 下得太大, 干得非常好):
    /// there 得 is always de5, while g2pM, trained on encyclopedia text, says de2.
    private static let degreeAdverbs: Set<String> = ["很", "太", "非常", "十分", "特别", "更", "真", "挺", "比较", "相当", "越来越", "极"]

    /// The reading of the one-character word `char` given the word after it (asked for only when
    /// a rule concerns `char`), or nil when no rule applies.
    static func reading(of char: Unicode.Scalar, next: () -> String?) -> String? {
        guard char == "得", let next = next() else { return nil }
        return degreeAdverbs.contains(where: { next.hasPrefix($0) }) ? "de5" : nil
    }
}
