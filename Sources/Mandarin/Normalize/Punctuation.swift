/// How typed punctuation is spoken: everything that is a pause becomes one of ，。、；：？！, which the
/// pinyin stage turns into pauses; quotation marks and name dots are silent.
enum Punctuation {
    enum Reading: Equatable {
        /// A pause mark. A `soft` one (from a bracket or a dash) gives way to any neighbouring mark,
        /// so "（原件）。" is read 原件。 and not 原件，。.
        case mark(Unicode.Scalar, soft: Bool)
        case silent
    }

    /// The six (seven with 、) marks that reach the pinyin stage.
    static let spokenMarks: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "？", "！"]

    static func reading(of c: Unicode.Scalar) -> Reading? {
        switch c {
        case ",", "，": return .mark("，", soft: false)
        case ".", "。", "｡": return .mark("。", soft: false)
        case "、", "､": return .mark("、", soft: false)
        case ";", "；": return .mark("；", soft: false)
        case ":", "：": return .mark("：", soft: false)
        case "?", "？": return .mark("？", soft: false)
        case "!", "！": return .mark("！", soft: false)
        case "…", "⋯": return .mark("。", soft: true)
        case "-", "~", "—", "–", "―":
            return .mark("，", soft: true)
        case "(", ")", "（", "）", "[", "]", "【", "】", "〔", "〕", "{", "}", "｛", "｝", "〖", "〗":
            return .mark("，", soft: true)
        case "\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》", "〈", "〉", "·", "•", "・", "`":
            return .silent
        default:
            return nil
        }
    }
}
