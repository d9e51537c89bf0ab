import ControlWire
import FoundationEssentials
import Messages
import Vocabulary

/// `dalaba alerts`' words, in English and Chinese.
enum AlertsMessage: String, MessageCatalog {
    case empty, header, waiting, spoken, cancelled, expired, ignored, rejected, statusRejected

    var templates: (english: String, chinese: String) {
        switch self {
        case .empty: ("no alerts received; CAP files dropped in {folder} are read", "还没有收到预警；放进 {folder} 的 CAP 文件会被读取")
        case .header: ("RECEIVED             STATE      TITLE — WHY", "收到时间             状态       标题——原因")
        case .waiting: ("waiting", "等待播出")
        case .spoken: ("spoken", "已播出")
        case .cancelled: ("cancelled", "已撤销")
        case .expired: ("expired", "已过期")
        case .ignored: ("ignored", "未播出")
        case .rejected: ("rejected", "已拒收")
        case .statusRejected: ("alerts:   the last {count} refused (dalaba alerts lists them all)", "预警：    最近拒收 {count} 条（'dalaba alerts' 可看全部）")
        }
    }

    static let states: [AlertsMessage] = [.waiting, .spoken, .cancelled, .expired, .ignored, .rejected]
}

/// `dalaba alerts`: the CAP alerts the station received and what became of each.
enum AlertsText {
    static func run(_ session: Session) throws {
        let (line, reply) = try session.call(Request(.alerts), as: AlertsReply.self)
        if session.json { return session.printLine(line) }
        print(lines(reply, in: .current).joined(separator: "\n"))
    }

    static func lines(_ reply: AlertsReply, in language: Language) -> [String] {
        guard !reply.alerts.isEmpty else { return [AlertsMessage.empty.text(in: language, ["folder": reply.folder])] }
        let clock = StationTimeFormat(zone: reply.timeZone)
        var lines = [AlertsMessage.header().text(in: language)]
        for alert in reply.alerts {
            let state = AlertsMessage.states.first { $0.rawValue == alert.state }?.text(in: language) ?? alert.state
            let reason = (language == .chinese ? alert.reasonChinese ?? alert.reason : alert.reason).map { (language == .chinese ? "——" : " — ") + $0 } ?? ""
            let priority = alert.priority.map { " [\(ControlMessage.word($0.rawValue, ControlMessage.priorities, in: language))]" } ?? ""
            // Escaped: the title and reasons come from a file someone dropped in.
            lines.append(clock.dateTime(alert.received, in: language).padded(toColumns: 21) + state.padded(toColumns: 11)
                         + PlainText.escaped(alert.title + priority + reason + " (\(alert.file))"))
        }
        return lines
    }
}
