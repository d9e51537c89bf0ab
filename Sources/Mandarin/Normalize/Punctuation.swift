/// How typed punctuation is spoken: everything that is a pause becomes one of ，。、；：？！, which the
/// pinyin stage turns into pauses; quotation marks are silent, and so are a title's edges
/// and name dots, which stay in the text as the bounds of words.
enum Punctuation {
    enum Reading: Equatable {
        /// A pause mark. A `soft` one (from a bracket or a dash) gives way to any neighbouring mark,
        /// so "（原件）。" is read 原件。 and not 原件，。.
        case mark(Unicode.Scalar, soft: Bool)
        case silent
        /// A title's edge (《》〈〉) or a name dot (亨利·卢梭, 新唐书·西域传): silent too, but kept in
        /// the text, so that the reader takes the words on each side apart (《新唐书·西域传》: 传
        /// zhuàn ends the title, not 传 chuán "pass on" before what follows).
        case boundary
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
        case "\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "`":
            return .silent
        case "《", "》", "〈", "〉", "·", "•", "・":
            return .boundary
        default:
            return nil
        }
    }
}
