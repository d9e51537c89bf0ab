/// What a store write can refuse, in words for the person at the CLI.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case queueFull(limit: Int)
    case notFound(AnnouncementID)
    case notPending(AnnouncementID)
    /// A queue limit (per priority, per user) refused a `say`; the sentence says which.
    case limitReached(String)

    public var description: String {
        switch self {
        case .queueFull(let limit):
            "the queue already holds \(limit) announcements; cancel some or wait for them to play"
        case .notFound(let id): "no announcement with id \(id)"
        case .notPending(let id): "announcement \(id) is no longer waiting (already played, cancelled or missed)"
        case .limitReached(let message): message
        }
    }
}
