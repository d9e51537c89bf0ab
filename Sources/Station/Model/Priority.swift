/// How urgent an announcement is. Only `emergency` interrupts what is playing;
/// `high` goes ahead of waiting `normal` and `low` items.
public enum Priority: String, Codable, CaseIterable, Comparable, Sendable {
    case low, normal, high, emergency

    var rank: Int {
        switch self {
        case .low: 0
        case .normal: 1
        case .high: 2
        case .emergency: 3
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
