// What the control commands print (status, queue, history, say, watch, cancel …), in English
// and Chinese. The English is the text scripts and the tests have always read; the Chinese
// uses the glossary's words (插播, 播出记录, 静音时段, 喇叭 …) and writes times the Chinese way.
import Messages

enum ControlMessage: String, MessageCatalog {
    case playing, playingNothing, next, nextNothing, queueLength, speaker, speakerOffline, storeError
    case pausedYes, pausedNo, quietYes, quietNo, scheduleOK, scheduleErrors
    case queueEmpty, queueHeader, sourceProgram, sourceUser, sourceAlert
    case historyEmpty, cancelled, skipped, nothingPlaying, paused, resumed, reloaded, reloadErrors
    case skippedInZone, skippedAlsoIn, nothingPlayingInZone
    case watching, daemonClosed, nothingToSay, repeatRange, atProblem, dateProblem, csvAndJSON
    case errorPrefix, toolsMissing, cannotRun, today
    case volumeInForce, volumeInForceUntil, volumeSilent, untilNeedsLevel, untilProblem
    case priorityLow, priorityNormal, priorityHigh, priorityEmergency
    case outcomePlayed, outcomeInterrupted, outcomeSkipped, outcomeCancelled, outcomeMissed, outcomeFailed
    case outcomeQueued, outcomePlaying
    case eventQueued, eventStarted, eventFinished, eventPaused, eventResumed, eventReloaded
    case eventSpeakerOffline, eventSpeakerOnline, eventClockChanged, eventStopping
    // Zones (status, queue, history).
    case zoneLine, zoneLineOffline, zonePlaying, zoneIdle, zonesAll

    var templates: (english: String, chinese: String) {
        switch self {
        case .playing: ("playing:  {id} {title} (since {since})", "正在播：  {id} {title}（{since} 开始）")
        case .playingNothing: ("playing:  nothing", "正在播：  无")
        case .next: ("next:     {id} {title} at {due} [{priority}]", "下一条：  {id} {title}，{due}（{priority}）")
        case .nextNothing: ("next:     nothing queued, no program to come", "下一条：  队列是空的，也没有要播的节目")
        case .queueLength: ("queue:    {count} waiting", "队列：    {count} 条等待播出")
        case .speaker: ("speaker:  {speaker}", "喇叭：    {speaker}")
        case .speakerOffline: ("speaker:  {speaker} — OFFLINE: {error}", "喇叭：    {speaker}，已离线：{error}")
        case .storeError:
            ("state:    CANNOT PERSIST, playing from memory: {error}", "状态：    无法保存到磁盘，暂时只在内存中播出：{error}")
        case .pausedYes: ("paused:   yes (dalaba resume to continue)", "暂停：    是（运行 'dalaba resume' 继续）")
        case .pausedNo: ("paused:   no", "暂停：    否")
        case .quietYes: ("quiet:    yes, quiet hours: only emergencies sound", "静音时段：是，现在只播紧急广播")
        case .quietNo: ("quiet:    no", "静音时段：否")
        case .scheduleOK: ("schedule: no errors", "节目表：  没有错误")
        case .scheduleErrors: ("schedule: {count} error(s)", "节目表：  {count} 个错误")
        case .queueEmpty: ("nothing queued and no more programs today", "队列是空的，今天也没有要播的节目了")
        case .queueHeader: ("DUE                  PRIORITY   TITLE (SOURCE)", "播出时间             优先级     标题（来源）")
        case .sourceProgram: ("program {file}", "节目 {file}")
        case .sourceUser: ("user {name}", "插播（{name}）")
        case .sourceAlert: ("alert {sender}", "预警 {sender}")
        case .historyEmpty: ("nothing in the play log for {date}", "{date} 的播出记录是空的")
        case .cancelled: ("cancelled {id}", "已取消 {id}")
        case .skipped: ("skipped {id} {title}", "已跳过 {id} {title}")
        case .nothingPlaying: ("nothing is playing", "现在没有在播")
        case .skippedInZone: ("skipped {id} {title} in zone {zone}", "已跳过分区 {zone} 的 {id} {title}")
        case .skippedAlsoIn:
            ("it was one announcement for several zones: it stopped in {zones} too", "这是同时在几个分区播的一条通知，{zones} 也一起停了")
        case .nothingPlayingInZone: ("nothing is playing in zone {zone}", "分区 {zone} 现在没有在播")
        case .paused: ("paused: only emergencies will sound until `dalaba resume`", "已暂停：在运行 `dalaba resume` 之前，只播紧急广播")
        case .resumed: ("resumed", "已继续播出")
        case .reloaded: ("reloaded: {count} program(s)", "已重新读取：{count} 个节目")
        case .reloadErrors:
            ("{count} schedule error(s): the last good version of each broken file stays in force",
             "节目表有 {count} 个错误：出错的文件仍按上一次正确的版本播出")
        case .watching: ("watching {path} (Ctrl-C to stop)", "正在查看 {path}（按 Ctrl-C 停止）")
        case .daemonClosed: ("dalabad closed the connection (it stopped)", "dalabad 关闭了连接（它停止了）")
        case .nothingToSay:
            ("nothing to say: give the announcement text as an argument or on standard input",
             "没有要播的内容：请把广播内容写在命令后面，或者从标准输入给出")
        case .repeatRange: ("--repeat must be from 1 to 10", "--repeat（遍数）只能是 1 到 10")
        case .atProblem: ("--at: {problem}", "--at 写得不对：{problem}")
        case .dateProblem: ("--date: {problem}", "--date 写得不对：{problem}")
        case .csvAndJSON: ("choose one of --csv and --json", "--csv 和 --json 只能选一个")
        case .errorPrefix: ("Error: {message}", "错误：{message}")
        case .toolsMissing:
            ("{name} is missing (looked in {paths}): reinstall dalaba (make install)",
             "找不到 {name}（找过 {paths}），请重新安装 dalaba（'make install'）")
        case .cannotRun: ("cannot run {path}: {reason}", "无法运行 {path}（系统信息：「{reason}」）")
        case .today: ("today", "今天")
        case .volumeInForce: ("volume {level} ({decibels}): {reason}", "音量 {level}（{decibels}）：{reason}")
        case .volumeInForceUntil:
            ("volume {level} ({decibels}): {reason} until {until}", "音量 {level}（{decibels}）：{reason}，到 {until} 结束")
        case .volumeSilent: ("silent", "无声")
        case .untilNeedsLevel:
            ("--until goes with a level: dalaba volume 60% --until 18:00",
             "--until 要和音量一起写，例如 `dalaba volume 60% --until 18:00`")
        case .untilProblem: ("--until: {problem}", "--until 写得不对：{problem}")
        case .priorityLow: ("low", "低")
        case .priorityNormal: ("normal", "普通")
        case .priorityHigh: ("high", "高")
        case .priorityEmergency: ("emergency", "紧急")
        case .outcomePlayed: ("played", "已播出")
        case .outcomeInterrupted: ("interrupted", "被打断")
        case .outcomeSkipped: ("skipped", "已跳过")
        case .outcomeCancelled: ("cancelled", "已取消")
        case .outcomeMissed: ("missed", "漏播")
        case .outcomeFailed: ("failed", "失败")
        case .outcomeQueued: ("queued", "等待播出")
        case .outcomePlaying: ("playing", "正在播")
        case .eventQueued: ("queued", "加入队列")
        case .eventStarted: ("started", "开始播出")
        case .eventFinished: ("finished", "播完")
        case .eventPaused: ("paused", "暂停")
        case .eventResumed: ("resumed", "继续播出")
        case .eventReloaded: ("reloaded", "重新读取")
        case .eventSpeakerOffline: ("speakerOffline", "喇叭离线")
        case .eventSpeakerOnline: ("speakerOnline", "喇叭恢复")
        case .eventClockChanged: ("clockChanged", "时钟被调整")
        case .eventStopping: ("stopping", "广播站停止")
        case .zoneLine: ("zone {name}: {state} — speaker {speaker}", "分区 {name}：{state}；喇叭 {speaker}")
        case .zoneLineOffline:
            ("zone {name}: {state} — speaker {speaker} OFFLINE: {error}", "分区 {name}：{state}；喇叭 {speaker} 已离线：{error}")
        case .zonePlaying: ("playing {id} {title}", "正在播 {id} {title}")
        case .zoneIdle: ("idle", "空闲")
        case .zonesAll: ("all", "全部")
        }
    }

    /// A word the daemon sends as is (a priority, an outcome, an event kind), in `language`;
    /// an unknown word stays as sent.
    static func word(_ raw: String, _ cases: [ControlMessage], in language: Language) -> String {
        guard language == .chinese, let entry = cases.first(where: { $0.templates.english == raw }) else { return raw }
        return entry.templates.chinese
    }

    static let priorities: [ControlMessage] = [.priorityLow, .priorityNormal, .priorityHigh, .priorityEmergency]
    static let outcomes: [ControlMessage] = [
        .outcomePlayed, .outcomeInterrupted, .outcomeSkipped, .outcomeCancelled, .outcomeMissed, .outcomeFailed,
        .outcomeQueued, .outcomePlaying,
    ]
    static let events: [ControlMessage] = [
        .eventQueued, .eventStarted, .eventFinished, .outcomeInterrupted, .outcomeSkipped, .outcomeCancelled,
        .outcomeMissed, .outcomeFailed, .eventPaused, .eventResumed, .eventReloaded, .eventSpeakerOffline,
        .eventSpeakerOnline, .eventClockChanged, .eventStopping,
    ]
}
