/// How urgent an announcement is, in order of precedence: emergency > high > normal > low.
/// Only `emergency` interrupts what is playing (and sounds in quiet hours, with the alert tone);
/// `high` goes ahead of waiting `normal` and `low` items. Schedule files, the control protocol
/// and the engine all use this one type.
public enum Priority: String, Codable, CaseIterable, Comparable, Sendable {
    case low, normal, high, emergency

    private var rank: Int {
        switch self {
        case .low: 0
        case .normal: 1
        case .high: 2
        case .emergency: 3
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
