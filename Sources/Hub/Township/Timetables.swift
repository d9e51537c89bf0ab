import Foundation
import PostgresNIO
import Vocabulary

/// One village's timetable of today as its station last uploaded it (migration 7).
public struct VillageTimetable: Sendable, Equatable {
    public typealias Program = TimetableProgram

    public var village: String
    public var villageID: Int
    /// `YYYY-MM-DD`, the station's day; nil: no timetable uploaded yet (never connected, or a
    /// link older than timetables).
    public var day: String?
    public var timeZone: String?
    public var uploadedAt: Date?
    public var programs: [Program]

    /// The first program due after `now`.
    public func next(after now: Date) -> Program? { programs.first { $0.due > now } }
}

public enum Timetables {
    /// Every village the login may see, in the hub's order, with its timetable (row-level
    /// security: a clerk sees their own village).
    public static func list(on connection: PostgresConnection) async throws -> [VillageTimetable] {
        let rows = try await connection.query(
            """
            SELECT v.id, v.name, to_char(t.day, 'YYYY-MM-DD'), t.time_zone, t.uploaded_at
            FROM villages v LEFT JOIN timetables t ON t.village_id = v.id
            ORDER BY v.region_code, v.village_code
            """, logger: .hub)
        var list: [VillageTimetable] = []
        for try await (id, name, day, zone, uploaded) in rows.decode((Int, String, String?, String?, Date?).self) {
            list.append(VillageTimetable(village: name, villageID: id, day: day, timeZone: zone, uploadedAt: uploaded, programs: []))
        }
        let programs = try await connection.query(
            """
            SELECT village_id, due, title, text, zones, source, priority FROM timetable_programs ORDER BY village_id, due, position
            """, logger: .hub)
        var byVillage: [Int: [VillageTimetable.Program]] = [:]
        for try await (village, due, title, text, zones, source, priority) in programs.decode(
            (Int, Date, String, String, [String], String, String).self)
        {
            byVillage[village, default: []].append(.init(due: due, title: title, text: text, zones: zones, source: source, priority: priority))
        }
        for index in list.indices { list[index].programs = byVillage[list[index].villageID] ?? [] }
        return list
    }
}
