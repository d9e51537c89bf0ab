// The rules a station (AlertBook) and the township hub (Hub's HubAlerts) apply alike to a valid
// alert: whom to believe, what its status and message type ask for, and what is broadcast when.
// Kept in one place so that a drill, a Draft or an expired warning is treated the same
// wherever it comes in. Pure; the time is given.
import FoundationEssentials

/// Who receives the alert: the refusals name the setting to change (`alerts.senders` in
/// station.yaml, or the hub's alert policy).
public enum AlertReceiver: Sendable, Hashable {
    case station
    case hub
}

/// What a valid alert asks for before its area is looked at.
public enum AlertVerdict: Sendable, Hashable {
    /// Not broadcast: a sender not allowed, a Draft, a drill not allowed, a System message, an Ack or Error.
    case setAside(AlertRecord.State)
    /// A Cancel: withdraw these.
    case cancel([CAPReference])
    /// An Alert or Update to broadcast (an Update also withdraws its references); `drill`: a
    /// Test or Exercise the receiver allows, spoken as 演练.
    case broadcast(drill: Bool)
}

/// Why an info block is not broadcast after all (expired, nothing to read).
public struct AlertSetAside: Error, Sendable, Hashable {
    public var state: AlertRecord.State
}

public enum AlertRules {
    /// Senders, status and message type: `senders` nil means any sender.
    public static func verdict(_ alert: CAPAlert, senders: [String]?, drills: Bool, receiver: AlertReceiver) -> AlertVerdict {
        if let senders, !senders.contains(alert.sender) {
            let message: AlertMessage = receiver == .station ? .senderNotAllowed : .senderNotAllowedHub
            return .setAside(.rejected(message(["sender": alert.sender])))
        }
        var drill = false
        switch alert.status {
        case .actual: break
        case .draft: return .setAside(.rejected(AlertMessage.draftNeverSpoken()))
        case .system: return .setAside(.ignored(AlertMessage.systemMessage()))
        case .test, .exercise:
            guard drills else {
                let message: AlertMessage = receiver == .station ? .drillNotAllowed : .drillNotAllowedHub
                return .setAside(.rejected(message(["status": alert.status.rawValue])))
            }
            drill = true
        }
        switch alert.msgType {
        case .ack, .error: return .setAside(.ignored(AlertMessage.acknowledgement(["type": alert.msgType.rawValue])))
        case .cancel: return .cancel(alert.references)
        case .alert, .update: return .broadcast(drill: drill)
        }
    }

    /// The broadcast of `info` as of `now` (priority, words, times), or why there is none: it
    /// has expired, or there is nothing to read.
    public static func announcement(
        _ info: CAPInfo, title: String, now: Date, policy: AlertPolicy, drill: Bool
    ) -> Result<AlertAnnouncement, AlertSetAside> {
        if let expires = info.expires, expires.date <= now {
            return .failure(AlertSetAside(state: .ignored(AlertMessage.expired(["time": expires.text]))))
        }
        let text = AlertReading.text(info, descriptionLimit: policy.descriptionLimit, drill: drill)
        guard !text.isEmpty else { return .failure(AlertSetAside(state: .rejected(AlertMessage.nothingToSay()))) }
        let times = AlertReading.times(info, now: now, policy: policy)
        guard !times.isEmpty else {
            return .failure(AlertSetAside(state: .ignored(AlertMessage.expired(["time": info.expires?.text ?? ""]))))
        }
        return .success(AlertAnnouncement(
            title: title, text: text, priority: AlertReading.priority(info), readings: policy.readings, times: times,
            expires: info.expires?.date, drill: drill))
    }
}
