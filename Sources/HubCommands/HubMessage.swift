// What the township's commands print, in English and Chinese (the language of LC_ALL /
// LC_MESSAGES / LANG, docs/chinese.md), with the glossary's words: 乡镇平台 (hub), 村 (village),
// 回传 / 播出结果 (delivery), 心跳 (heartbeat), 节目表 (schedule file), 播出记录 (play log).
// CSV headers and state names in CSV stay English, as `dalaba history --csv` does.
import Messages

enum HubMessage: String, MessageCatalog {
    case initCreated, initUpToDate, initMigrated
    case villageAdded, villageAddedWritten, villageAddedShown, villageSocketNote, villagesNone, villageRemoved
    case sayDone, sayHint, cancelDone, cancelAlready, cancelUnconfirmed
    case statusNone, statusAllOnline, statusOffline, online, offline, never, ago
    case deliveriesHeader, deliveriesAt, deliveriesExpires, deliveriesCancelled, deliveriesNone, deliveriesUnknown, cancelledMark
    case programPushed, programPushHint, programsNone, programRemoved, removedMark
    case historyNone
    case personAddedClerk, personAddedTownship, personRemoved, peopleNone, township, consoleLoginWritten
    case personPasswordPrompt, passwordAgain, passwordsDiffer, passwordShort, columnName
    case stateQueued, statePending, statePlaying, statePlayed, stateMissed, stateFailed, stateCancelled
    case stateInstalled, stateRefused, stateRemoved
    case columnVillage, columnCode, columnLogin, columnState, columnLastSeen, columnSpeaker, columnScheduleErrors
    case columnClock, columnVersion, columnQueued, columnStarted, columnFinished, columnReason, columnID, columnSent
    case columnPriority, columnText, columnFile, columnPushed, columnDue, columnOutcome, columnSource, columnHubID
    case viaFile, viaRelay, viaStandardInput, zonesNotChecked, columnNextProgram
    case alertsNone, alertSent, alertNotSent, alertRefused, alertWithdrew, alertLiftedNotice, alertDeliveriesHint
    case alertStateSent, alertStateIgnored, alertStateRejected, alertStateExpired
    case alertPolicy, anySender, drillsOn, drillsOff, alertsWatching
    case columnReceived, columnTitle, columnVillagesOrReason, columnRelay, columnCreated, columnLastUsed
    case relayAdded, relayRevoked, relaysNone, relayActive, relayRevokedAt, villageLocated

    var templates: (english: String, chinese: String) {
        switch self {
        case .initCreated: ("Created the database {database}.", "已创建数据库 {database}。")
        case .initUpToDate: ("The hub at {url} is up to date (schema version {version}).", "乡镇平台 {url} 已是最新（数据库结构版本 {version}）。")
        case .initMigrated:
            ("The hub at {url} is now at schema version {version} (was {from}; applied {applied}).",
             "乡镇平台 {url} 的数据库结构已升级到版本 {version}（原为 {from}，本次执行 {applied}）。")
        case .villageAdded:
            ("Added {village} ({code}); its station logs in as {role}.", "已添加 {village}（{code}），该村广播站以 {role} 登录。")
        case .villageAddedWritten:
            ("Credentials written to {file}: copy them to the station as /etc/dalaba/hub.credentials.",
             "登录凭据已写入 {file}：请复制到该村广播站的 /etc/dalaba/hub.credentials。")
        case .villageAddedShown:
            ("The lines above are its credentials file, shown this once: save them on the station as /etc/dalaba/hub.credentials (mode 0600).",
             "上面几行是该站的登录凭据，只显示这一次：请保存到广播站的 /etc/dalaba/hub.credentials（权限 0600）。")
        case .villageSocketNote:
            ("Note: the credentials name the hub by a local socket; give --station-hub postgresql://HOST/DATABASE?sslmode=verify-full for stations on other machines.",
             "注意：凭据里的平台地址是本机套接字；广播站在别的机器上时，请加 --station-hub postgresql://主机/数据库?sslmode=verify-full。")
        case .villagesNone:
            ("No villages yet: add them with `dalaba hub villages add NAME --region CODE --code CODE`.",
             "还没有村：用 `dalaba hub villages add 村名 --region 代码 --code 代码` 添加。")
        case .villageRemoved: ("Removed {village} and its station's login.", "已删除 {village} 及其广播站的登录账号。")
        case .sayDone: ("Announcement {id} sent to {count} {villages}: {names}.", "通知 {id} 已发送到 {count} 个村：{names}。")
        case .sayHint: ("`dalaba hub deliveries {id}` shows where it played.", "用 `dalaba hub deliveries {id}` 查看各村播出结果。")
        case .cancelDone:
            ("Announcement {id} cancelled: each village's station drops it, or stops it if it is playing, and reports back.",
             "通知 {id} 已取消：各村广播站会撤下它（正在播的会停下），并回传结果。")
        case .cancelAlready: ("Announcement {id} was already cancelled by {user} at {time}.", "通知 {id} 已在 {time} 由 {user} 取消过。")
        case .cancelUnconfirmed: ("cancel not yet confirmed by the station", "广播站尚未确认取消")
        case .statusNone: ("No villages yet: add them with `dalaba hub villages add`.", "还没有村：用 `dalaba hub villages add` 添加。")
        case .statusAllOnline: ("All {count} villages online.", "{count} 个村全部在线。")
        case .statusOffline: ("{offline} of {count} villages offline.", "{count} 个村中有 {offline} 个离线。")
        case .online: ("online", "在线")
        case .offline: ("OFFLINE", "离线")
        case .never: ("never", "从未联系")
        case .ago: ("{time} ({duration} ago)", "{time}（{duration}前）")
        case .deliveriesHeader:
            ("Announcement {id} ({priority}), sent {time} by {user}: {text}", "通知 {id}（{priority}），{time} 由 {user} 发送：{text}")
        case .deliveriesAt: ("To play at {time}.", "定于 {time} 播出。")
        case .deliveriesExpires: ("Expires {time}.", "{time} 过期。")
        case .deliveriesCancelled: ("Cancelled {time} by {user}{why}.", "{time} 由 {user} 取消{why}。")
        case .deliveriesNone: ("No announcements yet.", "还没有发过通知。")
        case .deliveriesUnknown:
            ("No announcement {id} on this hub: `dalaba hub deliveries` lists the latest.", "平台上没有通知 {id}：用 `dalaba hub deliveries` 查看最近的通知。")
        case .cancelledMark: ("(cancelled)", "（已取消）")
        case .programPushed:
            ("Program {id} ({file}) pushed to {count} {villages}: {names}.", "节目 {id}（{file}）已推送到 {count} 个村：{names}。")
        case .programPushHint:
            ("`dalaba hub programs list` shows whether each station installed it.", "用 `dalaba hub programs list` 查看各村广播站是否已安装。")
        case .programsNone: ("No programs pushed.", "没有推送的节目。")
        case .programRemoved: ("Removed program(s) {ids}; the stations delete the file.", "已删除节目 {ids}，各村广播站会删除该文件。")
        case .removedMark: ("(removed)", "（已删除）")
        case .historyNone: ("Nothing played in that time.", "这段时间没有播出记录。")
        case .personAddedClerk:
            ("Added {name}, clerk of {village} (login role {role}): they sign in to the web console as {name}.",
             "已添加 {name}，{village}的村文书（登录角色 {role}）：在网页控制台用 {name} 登录。")
        case .personAddedTownship:
            ("Added {name}, township staff (login role {role}): they sign in to the web console as {name}.",
             "已添加 {name}，乡镇工作人员（登录角色 {role}）：在网页控制台用 {name} 登录。")
        case .personRemoved: ("Removed {name} and their login.", "已删除 {name} 及其登录账号。")
        case .peopleNone:
            ("Nobody yet: add people with `dalaba hub people add NAME --village VILLAGE` or `--township`.",
             "还没有账号：用 `dalaba hub people add 姓名 --village 村名` 或 `--township` 添加。")
        case .township: ("(township)", "（乡镇）")
        case .consoleLoginWritten:
            ("The console's login ({role}) has a new password, written to {file}: install it as /etc/dalaba/console.credentials (mode 0600).",
             "控制台登录账号（{role}）已设新密码，写入 {file}：请安装为 /etc/dalaba/console.credentials（权限 0600）。")
        case .personPasswordPrompt: ("Password for {name}: ", "{name} 的密码：")
        case .passwordAgain: ("Again: ", "再输入一次：")
        case .passwordsDiffer: ("The two passwords differ: nothing was added.", "两次输入的密码不一致：未添加。")
        case .passwordShort: ("The password must be at least {count} characters long.", "密码至少要 {count} 个字符。")
        case .columnName: ("name", "姓名")
        case .statePending: ("pending", "待接收")
        case .stateQueued: ("queued", "已排队")
        case .statePlaying: ("playing", "正在播")
        case .statePlayed: ("played", "已播出")
        case .stateMissed: ("missed", "漏播")
        case .stateFailed: ("failed", "失败")
        case .stateCancelled: ("cancelled", "已取消")
        case .stateInstalled: ("installed", "已安装")
        case .stateRefused: ("refused", "被拒绝")
        case .stateRemoved: ("removed", "已删除")
        case .columnVillage: ("village", "村")
        case .columnCode: ("code", "代码")
        case .columnLogin: ("station login", "广播站账号")
        case .columnState: ("state", "状态")
        case .columnLastSeen: ("last seen", "最后联系")
        case .columnSpeaker: ("speaker", "喇叭")
        case .columnScheduleErrors: ("schedule errors", "节目表错误")
        case .columnClock: ("clock", "时钟偏差")
        case .columnVersion: ("version", "版本")
        case .columnQueued: ("queued", "排队")
        case .columnStarted: ("started", "开始")
        case .columnFinished: ("finished", "结束")
        case .columnReason: ("reason", "原因")
        case .columnID: ("id", "编号")
        case .columnSent: ("sent", "发送时间")
        case .columnPriority: ("priority", "优先级")
        case .columnText: ("text", "内容")
        case .columnFile: ("file", "文件")
        case .columnPushed: ("pushed", "推送时间")
        case .columnDue: ("due", "播出时间")
        case .columnOutcome: ("outcome", "结果")
        case .columnSource: ("source", "来源")
        case .columnHubID: ("hub id", "通知编号")
        case .zonesNotChecked:
            ("Not checked for {names}: the hub does not know their zones yet (their stations have not connected); their stations check them, and a zone they do not have makes the delivery failed.",
             "{names} 的分区平台还不知道（广播站还没有连上过平台），没有核对：由广播站核对，没有这个分区时播出结果为“失败”。")
        case .columnNextProgram: ("next program", "下一个节目")
        case .viaFile: ("file {name}", "文件 {name}")
        case .viaRelay: ("relay {name}", "转发方 {name}")
        case .viaStandardInput: ("stdin", "标准输入")
        case .alertsNone: ("No alerts received yet.", "还没有收到预警。")
        case .alertSent:
            ("Alert {id} ({priority}) sent to {count} {villages}: {names}; {broadcasts} broadcast(s): {title}",
             "预警 {id}（{priority}）已发送到 {count} 个村：{names}；共播 {broadcasts} 次：{title}")
        case .alertNotSent: ("Alert {id} not sent: {reason}", "预警 {id} 未发送：{reason}")
        case .alertRefused: ("Alert {id} refused: {reason}", "预警 {id} 被拒收：{reason}")
        case .alertWithdrew: ("Withdrew alert(s) {ids}: their announcements are cancelled.", "已撤回预警 {ids}，相应通知已取消。")
        case .alertLiftedNotice: ("Where it was heard, 预警已解除 is announced: {names}.", "已播过的村将播“预警已解除”：{names}。")
        case .alertDeliveriesHint: ("`dalaba hub deliveries {id}` shows where it played.", "用 `dalaba hub deliveries {id}` 查看各村播出结果。")
        case .alertStateSent: ("sent", "已发送")
        case .alertStateIgnored: ("not sent", "未发送")
        case .alertStateRejected: ("REFUSED", "拒收")
        case .alertStateExpired: ("expired", "已过期")
        case .alertPolicy:
            ("Senders: {senders}. Drills: {drills}. Repeated every {every}, at most {repeats} more time(s) before it expires. Descriptions read up to {limit} characters.",
             "发布者：{senders}。演练：{drills}。过期前每隔 {every} 重播，最多再播 {repeats} 次。描述最多读 {limit} 个字。")
        case .anySender: ("any", "不限")
        case .alertsWatching: ("Receiving the CAP files dropped in {folder} (Ctrl-C stops).", "正在接收放进 {folder} 的 CAP 文件（按 Ctrl-C 停止）。")
        case .drillsOn: ("sent, announced as 演练", "转发，播报时冠以“演练”")
        case .drillsOff: ("refused", "不转发")
        case .columnReceived: ("received", "收到时间")
        case .columnTitle: ("title (from)", "标题（来源）")
        case .columnVillagesOrReason: ("villages / reason", "村 / 原因")
        case .columnRelay: ("relay", "转发方")
        case .columnCreated: ("created", "创建时间")
        case .columnLastUsed: ("last used", "最后使用")
        case .relayAdded:
            ("The line above is relay {name}'s token, shown this once: the relay sends it as `Authorization: Bearer TOKEN` to POST /api/cap.",
             "上面一行是转发方 {name} 的令牌，只显示这一次：转发方向 POST /api/cap 发送时带上 `Authorization: Bearer 令牌`。")
        case .relayRevoked: ("Revoked relay {name}'s token.", "已吊销转发方 {name} 的令牌。")
        case .relaysNone: ("No relays yet: make one with `dalaba hub relays add NAME`.", "还没有转发方：用 `dalaba hub relays add 名称` 添加。")
        case .relayActive: ("active", "有效")
        case .relayRevokedAt: ("revoked {time}", "{time} 已吊销")
        case .villageLocated: ("{village} is at {location}.", "{village} 的位置：{location}。")
        }
    }

    /// Where an alert came from (`alerts.via`: `file NAME`, `relay NAME`, `stdin`, kept in
    /// English) in the reader's language.
    static func via(_ via: String) -> String {
        if via == "stdin" { return viaStandardInput.localized() }
        if via.hasPrefix("file ") { return viaFile.localized(["name": String(via.dropFirst(5))]) }
        if via.hasPrefix("relay ") { return viaRelay.localized(["name": String(via.dropFirst(6))]) }
        return via
    }

    /// An alert's stored state (`alerts.state`) in the reader's language.
    static func alertState(_ name: String) -> String {
        let message: HubMessage? = switch name {
        case "fanned_out": .alertStateSent
        case "ignored": .alertStateIgnored
        case "rejected": .alertStateRejected
        case "cancelled": .stateCancelled
        default: nil
        }
        return message?.localized() ?? name
    }

    /// A delivery's or a program's state in the reader's language (unknown words as they are).
    static func state(_ name: String) -> String {
        let message: HubMessage? = switch name {
        case "pending": .statePending
        case "queued": .stateQueued
        case "playing": .statePlaying
        case "played": .statePlayed
        case "missed": .stateMissed
        case "failed": .stateFailed
        case "cancelled": .stateCancelled
        case "installed": .stateInstalled
        case "refused": .stateRefused
        case "removed": .stateRemoved
        default: nil
        }
        return message?.localized() ?? name
    }
}
