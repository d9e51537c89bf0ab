// The alerts a station has received and what became of each: the pure state machine behind
// the drop folder. Given a parsed alert and the time, it answers what to broadcast and what
// earlier broadcasts to withdraw; duplicates, foreign senders, drills, drafts, other areas and
// expired alerts are set aside with their reason.
import FoundationEssentials
import Messages
import Vocabulary

public struct AlertRecord: Sendable, Hashable, Codable {
    public enum State: Sendable, Hashable, Codable {
        /// To be broadcast; nothing heard yet.
        case waiting
        /// Broadcast at least once (more may follow).
        case spoken
        /// Withdrawn by a Cancel, or replaced by an Update.
        case cancelled(LocalizedText)
        /// Valid, but not broadcast (another area, a duplicate, an Ack, a Cancel's own message …).
        case ignored(LocalizedText)
        /// Refused (unreadable, not CAP 1.2, a sender not allowed …).
        case rejected(LocalizedText)

        /// Why it was cancelled, ignored or rejected.
        public var reason: LocalizedText? {
            switch self {
            case .waiting, .spoken: nil
            case .cancelled(let reason), .ignored(let reason), .rejected(let reason): reason
            }
        }
    }

    /// nil for a file that was not a readable alert.
    public var identity: CAPReference?
    public var file: String
    public var received: Date
    public var title: String
    public var msgType: CAPAlert.MessageType?
    public var priority: Priority?
    public var expires: Date?
    public var state: State
    /// Planned broadcasts still to come (the engine's own ids are the daemon's business).
    public var times: [Date] = []

    /// The state as of `now`: waiting or spoken alerts past their expiry are expired.
    public func isExpired(at now: Date) -> Bool {
        switch state {
        case .waiting, .spoken: expires.map { $0 <= now } ?? false
        default: false
        }
    }
}

/// What the station does with one received message.
public struct AlertDecision: Sendable, Hashable {
    public var record: AlertRecord
    /// To broadcast (an Alert or Update for this station).
    public var announcement: AlertAnnouncement?
    /// Earlier alerts whose broadcasts stop (referenced by this Update or Cancel), with their
    /// records as they were (the daemon says the cancellation notice for those people heard).
    public var withdrawn: [AlertRecord]
}

public struct AlertBook: Sendable {
    public private(set) var records: [AlertRecord] = []
    /// How many records are kept (the oldest go first).
    public var capacity = 500

    public init() {}

    /// A book as it was saved (the daemon keeps it across restarts).
    public init(records: [AlertRecord]) {
        self.records = records
    }

    /// Records a file that could not be read as an alert.
    @discardableResult
    public mutating func reject(file: String, _ rejection: CAPRejection, now: Date) -> AlertRecord {
        let record = AlertRecord(identity: nil, file: file, received: now, title: file, state: .rejected(rejection.text))
        append(record)
        return record
    }

    /// Marks a received alert as heard (the daemon calls it when a broadcast of it starts).
    public mutating func noteSpoken(_ identity: CAPReference) {
        guard let index = records.lastIndex(where: { $0.identity == identity && $0.state == .waiting }) else { return }
        records[index].state = .spoken
    }

    /// Decides what the alert means for this station at `now`.
    public mutating func receive(_ alert: CAPAlert, file: String, now: Date, policy: AlertPolicy) -> AlertDecision {
        let info = AlertReading.chosenInfo(alert)
        var record = AlertRecord(identity: alert.identity, file: file, received: now,
                                 title: info.map(AlertReading.title) ?? alert.identifier, msgType: alert.msgType,
                                 priority: nil, expires: info?.expires?.date, state: .waiting)
        func setAside(_ state: AlertRecord.State) -> AlertDecision {
            record.state = state
            append(record)
            return AlertDecision(record: record, announcement: nil, withdrawn: [])
        }
        if records.contains(where: { $0.identity.map { Self.same($0, alert.identity) } ?? false }) {
            // Listed (a relay retrying shows), but the first copy's record is the one that counts.
            return setAside(.ignored(AlertMessage.duplicate()))
        }
        let drill: Bool
        switch AlertRules.verdict(alert, senders: policy.senders, drills: policy.drills, receiver: .station) {
        case .setAside(let state): return setAside(state)
        case .cancel(let references):
            let withdrawn = withdraw(references, because: cancelledBy(alert))
            record.state = .ignored(AlertMessage.cancels(["count": withdrawn.count]))
            append(record)
            return AlertDecision(record: record, announcement: nil, withdrawn: withdrawn)
        case .broadcast(let isDrill): drill = isDrill
        }
        // An Update replaces what it references even when it is not for this station any more.
        let withdrawn = alert.msgType == .update ? withdraw(alert.references, because: replacedBy(alert)) : []
        func setAsideKeeping(_ state: AlertRecord.State) -> AlertDecision {
            var decision = setAside(state)
            decision.withdrawn = withdrawn
            return decision
        }
        guard let info else { return setAsideKeeping(.rejected(AlertMessage.nothingToSay())) }
        guard info.covers(region: policy.region, location: policy.location) else {
            let areas = info.areas.map(\.areaDesc).joined(separator: "; ")
            return setAsideKeeping(.ignored(AlertMessage.notForThisStation(["areas": String(areas.prefix(120))])))
        }
        let announcement: AlertAnnouncement
        switch AlertRules.announcement(info, title: record.title, now: now, policy: policy, drill: drill) {
        case .success(let made): announcement = made
        case .failure(let notSpoken): return setAsideKeeping(notSpoken.state)
        }
        record.priority = announcement.priority
        record.times = announcement.times
        append(record)
        return AlertDecision(record: record, announcement: announcement, withdrawn: withdrawn)
    }

    private func cancelledBy(_ alert: CAPAlert) -> LocalizedText {
        AlertMessage.cancelledBy(["identifier": alert.identifier])
    }

    private func replacedBy(_ alert: CAPAlert) -> LocalizedText {
        AlertMessage.replacedBy(["identifier": alert.identifier])
    }

    /// Marks the referenced alerts that are still waiting or spoken as cancelled; returns them
    /// as they were.
    private mutating func withdraw(_ references: [CAPReference], because reason: LocalizedText) -> [AlertRecord] {
        var withdrawn: [AlertRecord] = []
        for index in records.indices {
            guard let identity = records[index].identity, references.contains(where: { Self.same($0, identity) }) else { continue }
            switch records[index].state {
            case .waiting, .spoken:
                withdrawn.append(records[index])
                records[index].state = .cancelled(reason)
                records[index].times = []
            default: continue
            }
        }
        return withdrawn
    }

    /// The same message: sender and identifier equal, and sent equal as written or as an instant
    /// (a relay may rewrite the offset).
    static func same(_ a: CAPReference, _ b: CAPReference) -> Bool {
        guard a.sender == b.sender, a.identifier == b.identifier else { return false }
        if a.sent == b.sent { return true }
        guard let x = try? CAPTime(parsing: a.sent), let y = try? CAPTime(parsing: b.sent) else { return false }
        return x.date == y.date
    }

    private mutating func append(_ record: AlertRecord) {
        records.append(record)
        if records.count > capacity { records.removeFirst(records.count - capacity) }
    }
}
