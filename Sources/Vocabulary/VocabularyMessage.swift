// The texts of the value grammars shared by schedule files and the command line, in English
// and Chinese (see Messages).
import Messages

enum VocabularyMessage: String, MessageCatalog {
    case notADuration, unknownOutput, volumeAboveFull, notAVolume, volumeOutOfRange

    var templates: (english: String, chinese: String) {
        switch self {
        case .notADuration:
            ("'{text}' is not a length of time — write it like 30s, 10m, 2h or 1h30m",
             "'{text}' 不是时长，请写成 30s、10m、2h、1h30m 或 10秒、5分钟、2小时 这样")
        case .volumeAboveFull:
            ("'{text}' is above full level — in dB a level is 0dB (full) or below, like -12dB",
             "'{text}' 超过了最大音量：用 dB 写时最大是 0dB，更小的写负数，例如 -12dB")
        case .notAVolume:
            ("'{text}' is not a volume — write a percentage like 70% or decibels below full like -6dB",
             "'{text}' 不是音量，请写百分比（例如 70%）或比最大音量低多少分贝（例如 -6dB）")
        case .volumeOutOfRange:
            ("'{text}' is not between 0% and 100%", "'{text}' 不在 0% 到 100% 之间")
        case .unknownOutput:
            ("output '{text}' is not known — use auto, alsa:NAME (e.g. alsa:default), wav:FOLDER or null",
             "不认识的输出 '{text}'，请写 'auto'、'alsa:设备名'（例如 'alsa:default'）、'wav:文件夹' 或 'null'")
        }
    }
}
