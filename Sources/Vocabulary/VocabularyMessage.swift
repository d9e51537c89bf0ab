// The texts of the value grammars shared by schedule files and the command line, in English
// and Chinese (see Messages).
import Messages

enum VocabularyMessage: String, MessageCatalog {
    case notADuration, unknownOutput

    var templates: (english: String, chinese: String) {
        switch self {
        case .notADuration:
            ("'{text}' is not a length of time — write it like 30s, 10m, 2h or 1h30m",
             "'{text}' 不是时长，请写成 30s、10m、2h、1h30m 或 10秒、5分钟、2小时 这样")
        case .unknownOutput:
            ("output '{text}' is not known — use auto, alsa:NAME (e.g. alsa:default), wav:FOLDER or null",
             "不认识的输出 '{text}'，请写 'auto'、'alsa:设备名'（例如 'alsa:default'）、'wav:文件夹' 或 'null'")
        }
    }
}
