import Messages
import Foundation
import PostgresNIO

/// A program (schedule file) on the hub, with what each village made of it.
public struct ProgramSummary: Sendable, Equatable {
    public var id: Int
    public var fileName: String
    public var createdAt: Date
    public var removedAt: Date?
    /// Per village: name, state (pending, installed, refused, removed), reason.
    public var villages: [ProgramAtVillage]
}

public struct ProgramAtVillage: Sendable, Equatable {
    public var village: String
    public var state: String
    public var reason: String?
}

public enum Programs {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badFileName(String)
        case noVillages
        case unknown(String)

        public var description: String {
            switch self {
            case .badFileName(let name): HubErrorMessage.programBadFileName.localized(["name": name])
            case .noVillages: HubErrorMessage.noVillages.localized()
            case .unknown(let name): HubErrorMessage.programUnknown.localized(["name": name])
            }
        }
    }

    /// The station's schedules folder takes plain names: no folder, not hidden, .yaml/.yml.
    public static func isValidFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
            && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name.count > 5
    }

    /// Pushes a schedule file to villages (nil: all): the newest program of a file name that
    /// targets a village replaces what the village had under that name. The stations check it
    /// with their own parser and report installed or refused (with the file:line reason).
    public static func push(fileName: String, yaml: String, villages names: [String]?, on connection: PostgresConnection) async throws -> (id: Int, villages: [Village]) {
        guard isValidFileName(fileName) else { throw Failure.badFileName(fileName) }
        return try await Transaction.run(on: connection) { connection in
            let villages = try await Villages.named(names, on: connection)
            guard !villages.isEmpty else { throw Failure.noVillages }
            let rows = try await connection.query(
                "INSERT INTO programs (file_name, yaml) VALUES (\(fileName), \(yaml)) RETURNING id", logger: .hub)
            var id = 0
            for try await value in rows.decode(Int.self) { id = value }
            try await connection.query(
                """
                INSERT INTO program_targets (program_id, village_id)
                SELECT \(id), v FROM unnest(\(villages.map(\.id))::integer[]) AS v
                """, logger: .hub)
            return (id, villages)
        }
    }

    /// Removes every program of that file name (or that id): the stations delete the file.
    /// Returns the ids removed.
    public static func remove(_ nameOrID: String, on connection: PostgresConnection) async throws -> [Int] {
        let id = Int(nameOrID)
        let rows = try await connection.query(
            """
            UPDATE programs SET removed_at = now()
            WHERE removed_at IS NULL AND (file_name = \(nameOrID) OR id = \(id))
            RETURNING id
            """, logger: .hub)
        var ids: [Int] = []
        for try await value in rows.decode(Int.self) { ids.append(value) }
        guard !ids.isEmpty else { throw Failure.unknown(nameOrID) }
        return ids.sorted()
    }

    /// The programs not removed (all of them with `includeRemoved`), oldest first.
    public static func list(includeRemoved: Bool = false, on connection: PostgresConnection) async throws -> [ProgramSummary] {
        let rows = try await connection.query(
            """
            SELECT p.id, p.file_name, p.created_at, p.removed_at, v.name, t.state, t.reason
            FROM programs p
            JOIN program_targets t ON t.program_id = p.id
            JOIN villages v ON v.id = t.village_id
            WHERE \(includeRemoved) OR p.removed_at IS NULL
            ORDER BY p.id, v.region_code, v.village_code
            """, logger: .hub)
        var list: [ProgramSummary] = []
        for try await (id, file, created, removed, village, state, reason) in rows.decode(
            (Int, String, Date, Date?, String, String, String?).self)
        {
            let entry = ProgramAtVillage(village: village, state: state, reason: reason)
            if list.last?.id == id {
                list[list.count - 1].villages.append(entry)
            } else {
                list.append(ProgramSummary(id: id, fileName: file, createdAt: created, removedAt: removed, villages: [entry]))
            }
        }
        return list
    }
}
