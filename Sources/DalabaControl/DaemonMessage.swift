// The daemon's sentences (refusals, reasons in the play log, event notes) and the connection's
// errors arrive in English: the journal and old clients read them so. Under a Chinese locale
// the client puts the ones it knows in Chinese (PhraseTranslation), keeping the values (ids,
// paths, times); an unknown sentence shows as sent. Refusals end with what to do, the
// permission ones with how to join group dalaba.
import Messages
import Vocabulary

enum DaemonMessage: String, MessageCatalog {
    // Longer sentences before the shorter ones they contain.
    case permissionDenied, notRunning, unexpectedReply, cannotConnect, lostConnection, noAnswer
    case closedBeforeReply, refusedNoReason, forbidden, forbiddenVolume, busy, lineTooLong
    case notATimeUse, notATime, passedToday, passed, passedUntil, notADateUse, notADate
    case untilNeedsLevel, untilNotWithPlan
    case idNotWhole, cancelNeedsID, sayNeedsText, textTooLong, nothingReadable, repeatRange
    case unknownVoice, expiresPositive, couldNotDo, noZonesAtStation, noZonesToSkip, skipOneZone
    case queueFullEmergencyAccepted, priorityFull, userFull, storeFull, noSuchID, notPending
    case cancelledBy, skippedBy, interruptedByEmergency, pushedOut, noLongerHasTime
    case speakerOfflineExpired, expiredBeforeDue, heldPaused, heldQuiet, expiredBeforeTurn
    // Why a volume applies (`dalaba volume`; "set by" before "by").
    case volumeEmergency, volumeSetBy, volumeProgram, volumeSpan, volumeOther
    case byUser, scheduleErrorCount, stillStarting
    // The speaker's errors (status, watch, the play log; preview prints them too).
    case cannotOpenBusy, cannotOpen, cannotPlay, cannotConfigure

    var templates: (english: String, chinese: String) {
        switch self {
        case .permissionDenied:
            ("permission denied on {path}: only root and members of group dalaba may use the station",
             "没有权限使用 {path}：只有 root 和 dalaba 组的成员可以使用广播站。请管理员运行 'sudo usermod -aG dalaba 用户名' 把您加入 dalaba 组，然后退出并重新登录")
        case .notRunning:
            ("dalabad is not running at {path}", "广播站的后台程序 dalabad 没有运行（{path}）。可以用 'systemctl status dalabad' 查看原因")
        case .unexpectedReply: ("unexpected reply from dalabad: {detail}", "dalabad 的回答无法识别（原始信息：「{detail}」）")
        case .cannotConnect: ("cannot connect to {path}: {reason}", "无法连接 {path}（系统信息：「{reason}」）")
        case .lostConnection:
            ("lost the connection to dalabad at {path}: {reason}", "和 dalabad（{path}）的连接断了（系统信息：「{reason}」）")
        case .noAnswer: ("dalabad at {path} did not answer in time", "dalabad（{path}）没有及时回答")
        case .closedBeforeReply: ("the connection closed before a reply", "还没收到回答，连接就关闭了")
        case .refusedNoReason: ("refused without a reason", "被拒绝了，没有说明原因")
        case .forbidden:
            ("{user} may not change the queue: only root and members of group dalaba may",
             "{user} 不能改动播出队列：只有 root 和 dalaba 组的成员可以。请管理员运行 'sudo usermod -aG dalaba {user}'，然后退出并重新登录")
        case .forbiddenVolume:
            ("{user} may not change the volume: only root and members of group dalaba may",
             "{user} 不能改动音量：只有 root 和 dalaba 组的成员可以。请管理员运行 'sudo usermod -aG dalaba {user}'，然后退出并重新登录")
        case .busy: ("too many clients are connected; try again in a moment", "连接的客户端太多，请稍后再试")
        case .lineTooLong:
            ("request line longer than {limit} bytes; closing the connection", "请求超过 {limit} 字节，连接已关闭")
        case .notATimeUse:
            ("\"{text}\" is not a time: use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM",
             "\"{text}\" 不是时间，请写 HH:MM、HH:MM:SS 或 YYYY-MM-DDTHH:MM")
        case .notATime: ("\"{text}\" is not a time", "\"{text}\" 不是时间")
        case .passedToday:
            ("{text} has already passed today; give a date: --at YYYY-MM-DDT{clock}",
             "今天的 {text} 已经过去了，请写上日期：--at YYYY-MM-DDT{clock}")
        case .passed:
            ("{text} has already passed (the station's clock is at {day} {time}); give a later date and time, or leave out --at to play it now",
             "{text} 已经过去了（广播站的时钟是 {day} {time}）；请写一个以后的日期和时间，或者不写 --at 马上播出")
        case .passedUntil:
            ("{text} has already passed (the station's clock is at {day} {time}); give a later time",
             "{text} 已经过去了（广播站的时钟是 {day} {time}）；请写一个以后的时间")
        case .untilNeedsLevel: ("\"until\" needs a \"level\"", "\"until\"（音量用到什么时候）要和 \"level\"（音量）一起给")
        case .untilNotWithPlan:
            ("\"until\" goes with a level, not with plan", "\"until\"（音量用到什么时候）要和音量一起给，不能和 plan 一起")
        case .notADateUse: ("\"{text}\" is not a date: use YYYY-MM-DD", "\"{text}\" 不是日期，请写 YYYY-MM-DD")
        case .notADate: ("\"{text}\" is not a date", "\"{text}\" 不是日期")
        case .idNotWhole:
            ("\"id\" must be an announcement's id: a whole number, as `dalaba queue` shows it",
             "\"id\" 必须是通知的编号：一个整数，即 `dalaba queue` 显示的编号")
        case .cancelNeedsID: ("cancel needs \"id\": the announcement's number", "取消需要 \"id\"：通知的编号")
        case .sayNeedsText: ("say needs \"text\": what to announce", "插播需要 \"text\"：要播的内容")
        case .textTooLong:
            ("text is {count} characters; at most {max} fit one announcement", "内容有 {count} 个字，一条广播最多 {max} 个字")
        case .nothingReadable:
            ("nothing in this text can be read aloud (emoji and symbols have no reading); write it in Chinese characters, with digits or pinyin",
             "这段文字没有能读出来的字（表情符号和符号没有读音），请用汉字写，可以带数字或拼音")
        case .repeatRange: ("repeat must be between 1 and {max}", "遍数只能是 1 到 {max}")
        case .unknownVoice: ("unknown voice \"{voice}\"; the station has: {known}", "不认识的音色 \"{voice}\"；广播站有：「{known}」")
        case .noZonesAtStation:
            ("no zone named {names} — this station has no zones (station.yaml names none); leave out --zones",
             "没有叫 {names} 的分区：这个广播站没有设分区（station.yaml 里没有 zones），请去掉 --zones")
        case .noZonesToSkip:
            ("no zone named {names} — this station has no zones (station.yaml names none); leave out --zone",
             "没有叫 {names} 的分区：这个广播站没有设分区（station.yaml 里没有 zones），请去掉 --zone")
        case .skipOneZone: ("skip takes one zone, not {names}", "跳过只能指定一个分区，不能是 {names}")
        case .expiresPositive: ("expires must be a positive number of seconds", "过期时间必须是正的秒数")
        case .couldNotDo: ("the station could not do it: {error}", "广播站没能完成（原始信息：「{error}」）")
        case .queueFullEmergencyAccepted:
            ("the queue already holds {count} announcements (at most {total}); cancel some or wait for them to play — an emergency is still accepted",
             "队列里已经有 {count} 条通知（最多 {total} 条）；请取消一些，或者等它们播完。紧急广播仍然可以插播")
        case .priorityFull:
            ("{limit} {priority} announcements are already waiting, the most for that priority; cancel some or wait for them to play",
             "优先级为 {priority} 的通知已经有 {limit} 条在等待，这是上限；请取消一些，或者等它们播完")
        case .userFull:
            ("{name} already has {count} announcements waiting, the most for one user; cancel some or wait for them to play",
             "{name} 已经有 {count} 条通知在等待，这是每人的上限；请取消一些，或者等它们播完")
        case .storeFull:
            ("the queue already holds {limit} announcements; cancel some or wait for them to play",
             "队列里已经有 {limit} 条通知；请取消一些，或者等它们播完")
        case .noSuchID: ("no announcement with id {id}", "没有编号为 {id} 的通知")
        case .notPending:
            ("announcement {id} is no longer waiting (already played, cancelled or missed)",
             "通知 {id} 已经不在等待中（已播出、已取消或漏播）")
        case .cancelledBy: ("cancelled by {user}", "由 {user} 取消")
        case .skippedBy: ("skipped by {user}", "由 {user} 跳过")
        case .interruptedByEmergency: ("interrupted by emergency {id}", "被紧急广播 {id} 打断")
        case .pushedOut:
            ("pushed out of the full queue ({count} waiting) by emergency {id}",
             "队列已满（{count} 条等待），为紧急广播 {id} 让出位置")
        case .noLongerHasTime:
            ("program {file} no longer has this time after a reload", "重新读取后，节目 {file} 已经没有这个时间")
        case .speakerOfflineExpired:
            ("the speaker was offline ({error}) until it expired", "喇叭一直离线（原始信息：「{error}」），直到通知过期")
        case .expiredBeforeDue: ("expired before its due time", "还没到播出时间就过期了")
        case .heldPaused: ("held by paused until it expired", "因为暂停一直等待，直到过期")
        case .heldQuiet: ("held by quiet hours until it expired", "因为静音时段一直等待，直到过期")
        case .expiredBeforeTurn: ("expired before its turn", "还没轮到就过期了")
        case .volumeEmergency: ("the emergency level", "紧急广播的音量")
        case .volumeSetBy: ("set by {user}", "由 {user} 设定")
        case .volumeProgram: ("the program's own level", "节目自己的音量")
        // The hours as station.yaml writes them in Chinese (22:00至06:00).
        case .volumeSpan: ("the level for {start}-{end}", "{start}至{end} 的音量")
        case .volumeOther: ("the level outside the volume hours", "默认音量（不在任何音量时段内）")
        case .byUser: ("by {user}", "操作人：{user}")
        case .scheduleErrorCount: ("{count} schedule error(s)", "节目表有 {count} 个错误")
        case .stillStarting: ("the daemon is still starting", "后台程序还在启动")
        case .cannotOpenBusy:
            ("cannot open the speaker '{device}': {reason} — another program is using the sound card (`fuser -v /dev/snd/*` shows which); it is tried again like an unplugged card",
             "无法打开喇叭 '{device}'（系统信息：「{reason}」）：别的程序正在用声卡（`fuser -v /dev/snd/*` 可以查出是哪个），稍后会像拔掉的声卡一样再试")
        case .cannotOpen:
            ("cannot open the speaker '{device}': {reason} — check the device name (`aplay -L` lists them) and that the sound card is plugged in",
             "无法打开喇叭 '{device}'（系统信息：「{reason}」）：请检查设备名（`aplay -L` 可以列出）以及声卡是否插好")
        case .cannotPlay:
            ("cannot play on the speaker '{device}': {reason} — the sound card may have been unplugged or be in use by another program",
             "无法在喇叭 '{device}' 上播放（系统信息：「{reason}」）：声卡可能被拔掉了，或者被别的程序占用")
        case .cannotConfigure:
            ("cannot configure the speaker '{device}': {reason}", "无法设置喇叭 '{device}'（系统信息：「{reason}」）")
        }
    }

    /// `english` (a sentence from the daemon or the connection) in `language`.
    static func localized(_ english: String, in language: Language = .current) -> String {
        guard language == .chinese else { return english }
        // A recording `say --audio` cannot play, and `--zones` the station does not have: the
        // daemon says them in RecordingMessage's and VocabularyMessage's words.
        let shared = PhraseTranslation.chinese(PhraseTranslation.chinese(english, RecordingMessage.self), VocabularyMessage.self)
        return PhraseTranslation.chinese(shared, DaemonMessage.self)
    }
}

/// The daemon's and the connection's sentences in the reader's language, for dalaba-tools too.
public enum DaemonText {
    public static func localized(_ english: String, in language: Language = .current) -> String {
        DaemonMessage.localized(english, in: language)
    }
}
