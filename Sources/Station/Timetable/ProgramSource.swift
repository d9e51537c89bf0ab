import Foundation

/// The programs' occurrences, as the station sees them: drafts whose source is
/// `.program(file:)`. The daemon adapts the Schedule module to this; tests use a list.
public protocol ProgramSource: Sendable {
    /// Occurrences due in the half-open span (`after`, `through`], in due order then file order.
    func occurrences(after: Date, through: Date) -> [AnnouncementDraft]
    /// The first due instant strictly after `instant`, if any program has one.
    func nextDue(after instant: Date) -> Date?
    /// The first occurrence due strictly after `instant` (first in file order on a tie).
    func next(after instant: Date) -> AnnouncementDraft?
}

extension ProgramSource {
    public func next(after instant: Date) -> AnnouncementDraft? {
        nextDue(after: instant).flatMap { due in occurrences(after: max(instant, due.addingTimeInterval(-0.001)), through: due).first }
    }
}

/// A fixed list of occurrences (tests, benchmarks).
public struct FixedPrograms: ProgramSource {
    public var drafts: [AnnouncementDraft]

    public init(_ drafts: [AnnouncementDraft]) {
        self.drafts = drafts.sorted { ($0.due, $0.order) < ($1.due, $1.order) }
    }

    public func occurrences(after: Date, through: Date) -> [AnnouncementDraft] {
        drafts.filter { $0.due > after && $0.due <= through }
    }

    public func nextDue(after instant: Date) -> Date? {
        drafts.first { $0.due > instant }?.due
    }
}
