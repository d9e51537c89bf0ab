// Sentences of the reading and audio layers (Mandarin, Speech, Audio, Announcer) that
// preview, pinyin and normalize print: those layers speak English (logs, the journal), and
// the command line puts the ones it knows in Chinese for a Chinese reader (PhraseTranslation).
import DalabaControl
import Messages

enum ToolMessage: String, MessageCatalog {
    // Longer sentences before the shorter ones they contain.
    case nothingReadable, nothingReadableBecause, lexiconFailed, unknownVoiceNone, unknownVoice
    case cannotWrite, cannotCreate
    case skippedVisibleTimes, skippedVisible, skippedInvisibleTimes, skippedInvisible, skippedMore
    case diagnosticError, diagnosticWarning, lineSkipped, warningLine, warning, changeReading
    case voiceYAML, voiceShape, voiceEspeak, voiceVariant, voiceRate, voicePitch, voiceGain, voiceKey
    case voicesUnreadable, voiceUnreadable, voiceNotUTF8
    case localLexicon, domainLexicon, standalone, dictionaryWord, heteronymModel, heteronymCommon, rule, model, character
    case ruleDe, ruleYingRequest, ruleYingVerb, ruleWeiPurpose, ruleWeiPeople, ruleWeiClause, ruleChangSpan
    case ruleChangClause, ruleZhongZe, ruleHao, ruleZi, ruleHai, ruleKan

    var templates: (english: String, chinese: String) {
        switch self {
        case .nothingReadable:
            ("nothing to say: no character of the text can be read aloud ({details})",
             "没有可播的内容：这段文字里没有一个字能读出来（{details}）")
        case .nothingReadableBecause:
            ("nothing to say: no character of the text can be read aloud", "没有可播的内容：这段文字里没有一个字能读出来")
        case .lexiconFailed: ("cannot load the Mandarin lexicon: {error}", "无法载入普通话读音词典（原始信息：「{error}」）")
        case .unknownVoiceNone: ("unknown voice '{name}': {folder} has no voice files", "不认识的音色 '{name}'：{folder} 里没有音色文件")
        case .unknownVoice: ("unknown voice '{name}': {folder} has {names}", "不认识的音色 '{name}'：{folder} 里有「{names}」")
        case .cannotWrite:
            ("cannot write {path}: {reason} — choose a folder you can write to", "无法写入 {path}（系统信息：「{reason}」）：请换一个有写权限的文件夹")
        case .cannotCreate: ("cannot create {path}: {reason}", "无法创建 {path}（系统信息：「{reason}」）")
        case .skippedVisibleTimes:
            ("skipped {char} ({code}): no reading, {count} times", "跳过了 {char}（{code}）：没有读音，共 {count} 次")
        case .skippedVisible: ("skipped {char} ({code}): no reading", "跳过了 {char}（{code}）：没有读音")
        case .skippedInvisibleTimes: ("skipped ({code}): no reading, {count} times", "跳过了（{code}）：没有读音，共 {count} 次")
        case .skippedInvisible: ("skipped ({code}): no reading", "跳过了（{code}）：没有读音")
        case .skippedMore: ("skipped {count} more kinds of characters", "另外还跳过了 {count} 种字符")
        case .diagnosticError: (": error: ", " 错误：")
        case .diagnosticWarning: (": warning: ", " 警告：")
        case .lineSkipped: (" (line skipped)", "（这一行不用）")
        case .voiceYAML: ("not valid YAML: {detail}", "不是有效的 YAML（原始信息：「{detail}」）")
        case .voiceShape:
            ("a voice file holds `key: value` lines (espeak, variant, rate, pitch, gain)",
             "音色文件由 `key: value` 行组成（espeak、variant、rate、pitch、gain）")
        case .voiceEspeak:
            ("espeak must name an eSpeak NG voice, e.g. cmn-latn-pinyin", "espeak 必须是一个 eSpeak NG 语音名，例如 cmn-latn-pinyin")
        case .voiceVariant: ("variant must be a name such as m3 or f2", "variant 必须是一个名字，例如 m3 或 f2")
        case .voiceRate:
            ("rate must be a whole number of words per minute from {low} to {high}", "rate（语速）必须是每分钟的词数，{low} 到 {high} 之间的整数")
        case .voicePitch: ("pitch must be a whole number from {low} to {high}", "pitch（音高）必须是 {low} 到 {high} 之间的整数")
        case .voiceGain:
            ("gain must be a number from {low} to {high} (1.0 = normal)", "gain（音量）必须是 {low} 到 {high} 之间的数（1.0 为正常）")
        case .voiceKey:
            ("unknown key '{key}' (known: espeak, variant, rate, pitch, gain)", "不认识的键名 '{key}'（可用：espeak、variant、rate、pitch、gain）")
        case .voicesUnreadable: ("cannot read the voices directory: {reason}", "无法读取音色文件夹（系统信息：「{reason}」）")
        case .voiceUnreadable: ("cannot read: {reason}", "无法读取（系统信息：「{reason}」）")
        case .voiceNotUTF8: ("not UTF-8 text: save the file as UTF-8", "不是 UTF-8 文本：请把文件另存为 UTF-8 编码")
        case .warningLine: ("warning: line {line}: ", "警告：第 {line} 行：")
        case .warning: ("warning: ", "警告：")
        case .changeReading:
            ("To change a reading, add a line to {file}: the word, a TAB, one syllable per character ({example}).",
             "要改一个读音，请在 {file} 里加一行：词、一个 Tab、每个字一个音节（{example}）。")
        case .localLexicon: ("local lexicon {place}", "本地读音词典 {place}")
        case .domainLexicon: ("domain lexicon {place}", "领域读音词典 {place}")
        case .standalone: ("word on its own, {place}", "单用的字，{place}")
        case .dictionaryWord:
            ("dictionary word (every dictionary reads it so; jieba frequency {count})", "词典里的词（各词典读法一致；jieba 词频 {count}）")
        case .heteronymModel:
            ("dictionary word with several readings; its usual one kept (model only {probability} sure; jieba frequency {count})",
             "词典里有几种读法的词；保留常用读法（模型只有 {probability} 的把握；jieba 词频 {count}）")
        case .heteronymCommon:
            ("dictionary word with several readings; its usual one kept (a common word, jieba frequency {count})",
             "词典里有几种读法的词；保留常用读法（常用词，jieba 词频 {count}）")
        case .rule: ("rule: {name}", "规则：{name}")
        case .model: ("polyphone model, probability {probability}", "多音字模型，概率 {probability}")
        case .character: ("the character's reading", "这个字的读音")
        case .ruleDe: ("得 before a degree word (跑得很快): de5", "得 在程度词前（跑得很快）：de5")
        case .ruleYingRequest: ("应 … 要求 (at the request of): ying4", "应 … 要求（应某方要求）：ying4")
        case .ruleYingVerb: ("应 before a verb (should): ying1", "应 在动词前（应该）：ying1")
        case .ruleWeiPurpose: ("为 before a purpose (为了, 为方便, 为确保): wei4", "为 表示目的（为了、为方便、为确保）：wei4")
        case .ruleWeiPeople: ("为 before the people served (为大家, 为群众): wei4", "为 在服务对象前（为大家、为群众）：wei4")
        case .ruleWeiClause: ("为 opening a clause (为实现…): wei4", "为 在分句开头（为实现…）：wei4")
        case .ruleChangSpan: ("长 before a span (长时间, 长期): chang2", "长 在时段前（长时间、长期）：chang2")
        case .ruleChangClause: ("长 closing a clause (汛期长): chang2", "长 在分句末尾（汛期长）：chang2")
        case .ruleZhongZe: ("重则 (in serious cases): zhong4", "重则（情节严重时）：zhong4")
        case .ruleHao: ("好 after a verb (做好, 挂好): hao3", "好 在动词后（做好、挂好）：hao3")
        case .ruleZi: ("noun suffix 子 after a one-character stem: zi5", "名词后缀 子（在单字词根后）：zi5")
        case .ruleHai: ("还 before a verb (still, also): hai2", "还 在动词前（仍然、也）：hai2")
        case .ruleKan: ("看好/看住 + people or belongings (look after): kan1", "看好/看住 + 人或财物（照看）：kan1")
        }
    }
}

/// Text for the person at the terminal: argument-parser's words and the layers' sentences
/// (and the speaker's, which the daemon also reports) in their language.
enum CLIText {
    static func localized(_ text: String, in language: Language = .current) -> String {
        guard language == .chinese else { return text }
        return DaemonText.localized(PhraseTranslation.chinese(ParserText.localized(text, in: language), ToolMessage.self),
                                    in: language)
    }
}
