// What the reader says about a line of a lexicon file (voices/lexicon.local.tsv, the domain
// lexicons), in English and Chinese: `dalaba pinyin` prints these, and the daemon lists them
// with the schedule errors in `status` until the admin fixes the line.
import Messages
import Vocabulary

enum LexiconMessage: String, MessageCatalog {
    case format, emptyWord, latin, syllable, count, repeated, unreadable, notUTF8

    var templates: (english: String, chinese: String) {
        switch self {
        case .format:
            ("expected 词<TAB>pinyin (a TAB between the word and its syllables), got {line}",
             "应该写成 词<Tab>拼音（词和音节之间是一个 Tab），这里是 {line}")
        case .emptyWord: ("the word must not be empty or contain spaces", "词不能是空的，也不能有空格")
        case .latin:
            ("{word} contains Latin letters, digits or ASCII signs; write the word in hanzi as it is read (三号楼, not 3号楼)",
             "{word} 里有拉丁字母、数字或半角符号；请按读法用汉字写（写 三号楼，不写 3号楼）")
        case .syllable:
            ("{syllable} is not a tone-numbered pinyin syllable (like zhong4 or lv3)", "{syllable} 不是带声调数字的拼音音节（例如 zhong4 或 lv3）")
        case .count:
            ("{word} has {characters} characters but {syllables} syllables", "{word} 有 {characters} 个字，却有 {syllables} 个音节")
        case .repeated:
            ("{word} is already defined on line {line}; this line replaces it", "{word} 在第 {line} 行已经有了；以这一行为准")
        case .unreadable: ("cannot read the file", "无法读取这个文件")
        case .notUTF8: ("not UTF-8 text: save the file as UTF-8", "不是 UTF-8 文本，请把文件另存为 UTF-8")
        }
    }
}

/// The daemon's line for a skipped lexicon line (status, reload), in both languages.
public enum LexiconSkipped {
    static let english = "{problem} — this line is skipped"
    static let chinese = "{problem}，这一行不用"

    public static func text(_ problem: LexiconError) -> LocalizedText {
        LocalizedText(english: english.replacing("{problem}", with: problem.description),
                      chinese: chinese.replacing("{problem}", with: problem.description(in: .chinese)))
    }
}

extension Diagnostic {
    /// A lexicon problem at `line` in both languages.
    init(file: String, line: Int? = nil, text: LocalizedText) {
        self.init(file: file, line: line ?? 1, column: 1, severity: .error, message: text.english, chinese: text.chinese)
    }
}
