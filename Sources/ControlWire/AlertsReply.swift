import FoundationEssentials
import Vocabulary

/// `alerts`: the CAP alerts the station received (docs/alerts.md), newest last, with what
/// became of each. Reasons come in both languages (the daemon's English is the journal's).
public struct AlertsReply: Codable, Equatable, Sendable {
    public var alerts: [AlertView]
    /// The drop folder, for the empty list's hint.
    public var folder: String
    public var timeZone: String?

    public init(alerts: [AlertView], folder: String, timeZone: String? = nil) {
        self.alerts = alerts
        self.folder = folder
        self.timeZone = timeZone
    }
}

public struct AlertView: Codable, Equatable, Sendable {
    /// waiting, spoken, cancelled, expired, ignored or rejected (stable English names).
    public var state: String
    public var file: String
    public var identifier: String?
    public var sender: String?
    public var title: String
    public var msgType: String?
    public var priority: Priority?
    public var received: Date
    public var expires: Date?
    public var reason: String?
    public var reasonChinese: String?

    public init(state: String, file: String, identifier: String?, sender: String?, title: String, msgType: String?,
                priority: Priority?, received: Date, expires: Date?, reason: String?, reasonChinese: String?) {
        self.state = state
        self.file = file
        self.identifier = identifier
        self.sender = sender
        self.title = title
        self.msgType = msgType
        self.priority = priority
        self.received = received
        self.expires = expires
        self.reason = reason
        self.reasonChinese = reasonChinese
    }
}
