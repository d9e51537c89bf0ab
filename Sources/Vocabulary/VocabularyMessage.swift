// The texts of the value grammars shared by schedule files and the command line, in English
// and Chinese (see Messages).
import Messages

public enum VocabularyMessage: String, MessageCatalog {
    case notADuration, unknownOutput, volumeAboveFull, notAVolume, volumeOutOfRange
    case emptyZoneName, zoneNameTooLong, badZoneName, allAmongZones, unknownZones, badChannel, duplicateZone,
         zonesShareOutput, zoneNamedAll

    public var templates: (english: String, chinese: String) {
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
        case .emptyZoneName:
            ("a zone needs a name, like 东头 or school", "分区需要名字，例如 东头 或 学校")
        case .zoneNameTooLong:
            ("zone name '{text}' is longer than {max} characters", "分区名 '{text}' 超过 {max} 个字")
        case .badZoneName:
            ("zone name '{text}' may not contain commas, brackets, quotes or control characters",
             "分区名 '{text}' 里不能有逗号、顿号、方括号、引号或控制字符")
        case .allAmongZones:
            ("'{text}': 'all' means every zone — write it alone, or list the zones without it",
             "'{text}'：'全部' 表示所有分区，请单独写，或者只列出分区名")
        case .unknownZones:
            ("no zone named {names} — this station's zones are: {known}",
             "没有叫 {names} 的分区，本站的分区是：{known}")
        case .badChannel:
            ("channel '{text}' is not known — write left, right or a number from 0 to {max}",
             "不认识的声道 '{text}'，请写 left（左）、right（右）或 0 到 {max} 的数字")
        case .duplicateZone:
            ("zone {name} is named twice — give each zone its own name", "分区 {name} 写了两次，每个分区要有自己的名字")
        case .zonesShareOutput:
            ("zones {first} and {second} both play on {device} — give each its own device or its own channel (left/right)",
             "分区 {first} 和 {second} 都接在 {device} 上，请给每个分区单独的设备或单独的声道（左/右）")
        case .zoneNamedAll:
            ("a zone may not be called '{name}': that word means every zone", "分区不能叫 '{name}'，这个词表示所有分区")
        case .unknownOutput:
            ("output '{text}' is not known — use auto, alsa:NAME (e.g. alsa:default), wav:FOLDER or null",
             "不认识的输出 '{text}'，请写 'auto'、'alsa:设备名'（例如 'alsa:default'）、'wav:文件夹' 或 'null'")
        }
    }
}
