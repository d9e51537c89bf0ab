/// Announcement text → the Chinese words to be spoken: numbers, dates, times, phone numbers,
/// money, units and symbols written out in characters (12月5日 十二月五日, 8:30 八点三十分,
/// 13912345678 幺三九幺二三四五六七八); punctuation reduced to the pause marks ，。、；：？！;
/// whitespace, Chinese characters, Latin letters and anything unknown kept as they are.
/// The rules, as the clerk sees them, are in docs/normalization.md.
///
/// Pure and single-pass (every look-ahead is bounded), so it is cheap enough to run on every
/// announcement and on 10,000-line batches; no input makes it crash or hang.
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ text: String) -> String {
        var pass = NormalizationPass(ScalarFolding.fold(text))
        return pass.run()
    }
}
