// What the station says about a recording it cannot play (`audio:` in a program, `dalaba say
// --audio`), in English and Chinese. Here, not in Recording, because the light `dalaba` client
// puts the daemon's refusal in Chinese and links no libsndfile: schedule check, the daemon and
// the client all use these words.
import Messages

public enum RecordingMessage: String, MessageCatalog {
    case missing, unreadable, notAudio, corrupt, tooLong, empty

    public var templates: (english: String, chinese: String) {
        switch self {
        case .missing:
            ("recording {path} not found — check the file name and that the file was copied to the station",
             "找不到录音 {path}：请检查文件名，以及文件是否已复制到广播站")
        case .unreadable:
            ("recording {path} cannot be opened: {reason} — name a sound file the station may read",
             "无法打开录音 {path}（系统信息：「{reason}」）：请写一个广播站能读取的声音文件")
        case .notAudio:
            ("recording {path} is not a sound file the station can play ({reason}) — save it as WAV, FLAC, Ogg Vorbis or MP3",
             "录音 {path} 不是广播站能播放的声音文件（解码信息：「{reason}」）：请另存为 WAV、FLAC、Ogg Vorbis 或 MP3")
        case .corrupt:
            ("recording {path} is damaged: {reason} — copy it to the station again or export it anew",
             "录音 {path} 已损坏（解码信息：「{reason}」）：请重新复制到广播站，或重新导出")
        case .tooLong:
            ("recording {path} lasts {length}, longer than the {limit} allowed — shorten it or raise the limit",
             "录音 {path} 长 {length}，超过允许的 {limit}：请剪短")
        case .empty:
            ("recording {path} contains no sound — export it again", "录音 {path} 里没有声音：请重新导出")
        }
    }
}
