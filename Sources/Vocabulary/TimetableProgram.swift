import FoundationEssentials

// One definition for the hub and the link: the link uploads these (HubLink) and the hub reads
// them back for the console and `dalaba hub status` (Hub), which do not share another module.

/// One program occurrence of a station's day, as the hub keeps it (timetables, migration 7).
public struct TimetableProgram: Equatable, Sendable {
    public var due: Date
    public var title: String
    public var text: String
    /// The zones it plays in; empty: every zone.
    public var zones: [String]
    /// `program FILE.yaml`.
    public var source: String
    public var priority: String

    public init(due: Date, title: String, text: String, zones: [String], source: String, priority: String) {
        self.due = due
        self.title = title
        self.text = text
        self.zones = zones
        self.source = source
        self.priority = priority
    }
}
