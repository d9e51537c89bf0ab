/// One step of the hub's schema, applied once, in order, in one transaction with its record in
/// `schema_migrations`. A released migration is never edited (HubTests checks their fingerprints):
/// a change is a new migration appended to `all`.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String

    init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Every migration, oldest first.
    public static let all: [Migration] = [.v0001, .people, .alertsAndRelays, .cancelsAndStores, .signInDecoy, .zonesChecked, .timetables, .zonesAllVillages]

    /// The schema version this build of the hub code reads and writes.
    public static var latestVersion: Int { all.last!.version }
}
