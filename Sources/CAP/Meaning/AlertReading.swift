// What the station reads from an alert: which info block, at what priority, which words, and
// when. Pure; the time is given.
import FoundationEssentials
import Vocabulary

/// One alert as the station broadcasts it.
public struct AlertAnnouncement: Sendable, Hashable {
    public var title: String
    public var text: String
    public var priority: Priority
    /// Readings in a row each time.
    public var readings: Int
    /// When it is broadcast: the first at once (or at `effective`), then every `repeat_every`
    /// while it has not expired, at most `max_repeats` more.
    public var times: [Date]
    public var expires: Date?
    public var drill: Bool
}

public enum AlertReading {
    /// The info block in zh-CN, else in any Chinese, else the first.
    public static func chosenInfo(_ alert: CAPAlert) -> CAPInfo? {
        alert.infos.first { $0.language.lowercased() == "zh-cn" }
            ?? alert.infos.first { $0.language.lowercased().hasPrefix("zh") }
            ?? alert.infos.first
    }

    /// Extreme severity or Immediate urgency → emergency (interrupting, with the alert tone);
    /// Severe → high; everything else normal.
    public static func priority(_ info: CAPInfo) -> Priority {
        if info.severity == .extreme || info.urgency == .immediate { return .emergency }
        if info.severity == .severe { return .high }
        return .normal
    }

    /// headline, description and instruction as one announcement; the description trimmed to
    /// `limit` characters at a sentence end. A drill starts with 演练.
    public static func text(_ info: CAPInfo, descriptionLimit: Int, drill: Bool) -> String {
        var parts: [String] = []
        if drill { parts.append(AlertMessage.drillPrefix.text(in: .chinese)) }
        if let headline = info.headline { parts.append(headline) }
        if let description = info.description {
            // A description that only repeats the headline is read once.
            if description != info.headline { parts.append(trimmed(description, limit: descriptionLimit)) }
        }
        if let instruction = info.instruction { parts.append(instruction) }
        return parts.map(sentence).filter { !$0.isEmpty }.joined()
    }

    /// The text ending with sentence punctuation (so the reader pauses between the parts).
    static func sentence(_ text: String) -> String {
        let joined = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0).trimmingSpaces }.joined()
        let trimmed = joined.trimmingSpaces
        guard let last = trimmed.last else { return "" }
        return sentenceEnds.contains(last) || last == "，" || last == "," ? trimmed : trimmed + "。"
    }

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "!", "?", ";", "."]

    /// At most `limit` characters, cut after the last sentence end within them; a first
    /// sentence longer than the limit is cut at the limit.
    public static func trimmed(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        if let end = head.lastIndex(where: { sentenceEnds.contains($0) }), head.distance(from: head.startIndex, to: end) > 0 {
            return String(head[...end])
        }
        return String(head)
    }

    /// The broadcast times: from `max(now, effective)` every `repeatEvery`, at most
    /// `1 + maxRepeats`, each before `expires`. Empty when it has expired.
    public static func times(_ info: CAPInfo, now: Date, policy: AlertPolicy) -> [Date] {
        let start = max(now, info.effective?.date ?? now)
        var times: [Date] = []
        for index in 0...max(0, policy.maxRepeats) {
            let time = start.addingTimeInterval(Double(index) * policy.repeatEvery)
            if let expires = info.expires?.date, time >= expires { break }
            times.append(time)
        }
        return times
    }

    /// What is said when an alert people heard is withdrawn: 预警已解除 and what it was.
    public static func cancellationNotice(title: String) -> String {
        AlertMessage.cancelledNotice.text(in: .chinese) + "：" + sentence(title)
    }

    /// The short name shown in `dalaba alerts` and the journal.
    public static func title(_ info: CAPInfo) -> String {
        String((info.headline ?? info.event).prefix(60))
    }
}
