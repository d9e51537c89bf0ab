import Foundation
import Vocabulary
import GRDB

/// The queue and the play log on disk (SQLite through GRDB, WAL, synchronous=FULL so a
/// committed write survives a power cut). Each write method is one transaction named for
/// what happened at the station; the engine is its only writer.
public final class StationStore: Sendable {
    private let database: DatabasePool
    /// At most this many announcements may wait at once.
    public let queueLimit: Int
    /// Made once with the store (a random UUID in `meta`): the play log's sequence counts within
    /// it, so a reader that keeps its place by sequence (the hub's link) can tell a store made
    /// afresh, whose sequence starts again from 1, from the one it read before.
    public let identity: String

    public static let fileName = "station.sqlite"

    /// Opens (creating if needed) the store in `directory`, migrating it to the current schema.
    public init(directory: URL, queueLimit: Int = 1000) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(5)
        database = try DatabasePool(
            path: directory.appendingPathComponent(Self.fileName).path, configuration: configuration)
        self.queueLimit = queueLimit
        try StoreSchema.migrator.migrate(database)
        identity = try database.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO meta(key, value) VALUES ('storeIdentity', ?)", arguments: [UUID().uuidString.lowercased()])
            return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'storeIdentity'") ?? ""
        }
    }

    // MARK: writes

    /// Queues an ad-hoc announcement. When this returns, it is on disk.
    public func enqueue(_ draft: AnnouncementDraft, at now: Date) throws -> Announcement {
        try database.write { db in
            let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM announcement WHERE state = 'pending'") ?? 0
            // An emergency is never refused (the engine makes room for it if it can).
            guard waiting < queueLimit || draft.priority == .emergency else { throw StoreError.queueFull(limit: queueLimit) }
            return try insert(draft, at: now, in: db)
        }
    }

    /// Records the timetable's decision in one transaction: occurrences to queue, occurrences
    /// that were slept through (logged `missed`), and how far planning got. An occurrence
    /// already recorded is left alone; only the newly queued ones are returned.
    public func recordTimetable(
        enqueue: [AnnouncementDraft], missed: [AnnouncementDraft], missedReason: String,
        plannedThrough: Date, at now: Date
    ) throws -> [Announcement] {
        try database.write { db in
            var queued: [Announcement] = []
            for draft in enqueue where try !isRecorded(draft, in: db) {
                queued.append(try insert(draft, at: now, in: db))
            }
            for draft in missed where try !isRecorded(draft, in: db) {
                let announcement = try insert(draft, at: now, in: db)
                try close(announcement.id, outcome: .missed, reason: missedReason, at: now, in: db)
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('plannedThrough', ?)",
                arguments: [String(plannedThrough.timeIntervalSince1970)])
            return queued
        }
    }

    /// The announcement starts sounding; returns the play-log row to close when it ends.
    public func markStarted(_ id: AnnouncementID, at instant: Date, volume: VolumeLevel? = nil) throws -> Int64 {
        try database.write { db in
            try db.execute(sql: "UPDATE announcement SET state = 'playing' WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw StoreError.notFound(id) }
            try db.execute(
                sql: "INSERT INTO playLog(announcementId, started, volume) VALUES (?, ?, ?)",
                arguments: [id, instant.timeIntervalSince1970, volume?.percent])
            return db.lastInsertedRowID
        }
    }

    /// Closes a playback. `interrupted` puts the announcement back in the queue; every other
    /// outcome ends it.
    public func markFinished(
        _ id: AnnouncementID, logID: Int64, outcome: Outcome, reason: String? = nil, at instant: Date
    ) throws {
        try database.write { db in
            try db.execute(
                sql: "UPDATE playLog SET finished = ?, outcome = ?, reason = ? WHERE id = ?",
                arguments: [instant.timeIntervalSince1970, outcome.rawValue, reason, logID])
            try db.execute(
                sql: "UPDATE announcement SET state = ? WHERE id = ?",
                arguments: [outcome == .interrupted ? "pending" : "done", id])
        }
    }

    /// Cancels a waiting announcement.
    public func cancel(_ id: AnnouncementID, reason: String, at now: Date) throws {
        try database.write { db in
            guard let state = try String.fetchOne(db, sql: "SELECT state FROM announcement WHERE id = ?", arguments: [id])
            else { throw StoreError.notFound(id) }
            guard state == "pending" else { throw StoreError.notPending(id) }
            try close(id, outcome: .cancelled, reason: reason, at: now, in: db)
        }
    }

    /// Rewrites a waiting announcement (a reloaded program changed its text, voice, priority…).
    public func replace(_ announcement: Announcement) throws {
        let draft = announcement.draft
        try database.write { db in
            try db.execute(
                sql: """
                    UPDATE announcement SET title = ?, text = ?, voice = ?, repeatCount = ?, gap = ?, chime = ?,
                        priority = ?, expires = ?, orderIndex = ?, volume = ?, audio = ?, audioFirst = ?,
                        zones = ?
                    WHERE id = ? AND state = 'pending'
                    """,
                arguments: [
                    draft.title, draft.text, draft.voice, draft.repeatCount, draft.gap, draft.chime, draft.priority.rawValue,
                    draft.expires?.timeIntervalSince1970, draft.order, draft.volume?.percent, draft.audio, draft.audioFirst,
                    Self.zonesColumn(draft.zones), announcement.id,
                ])
            guard db.changesCount == 1 else { throw StoreError.notPending(announcement.id) }
        }
    }

    /// Logs waiting announcements as missed, with the reason each one lost its turn.
    public func recordMissed(_ missed: [(id: AnnouncementID, reason: String)], at now: Date) throws {
        guard !missed.isEmpty else { return }
        try database.write { db in
            for item in missed { try close(item.id, outcome: .missed, reason: item.reason, at: now, in: db) }
        }
    }

    /// After a crash or power cut: whatever was playing goes back to the queue (its open
    /// play-log line is closed as interrupted), and the waiting announcements are returned.
    public func recover(at now: Date) throws -> [Announcement] {
        try database.write { db in
            try db.execute(
                sql: """
                    UPDATE playLog SET finished = ?, outcome = 'interrupted',
                        reason = 'the daemon stopped during playback'
                    WHERE finished IS NULL AND started IS NOT NULL
                    """,
                arguments: [now.timeIntervalSince1970])
            try db.execute(sql: "UPDATE announcement SET state = 'pending' WHERE state = 'playing'")
            return try Row.fetchAll(db, sql: "SELECT * FROM announcement WHERE state = 'pending' ORDER BY id")
                .map(Self.announcement)
        }
    }

    // MARK: reads

    public func plannedThrough() throws -> Date? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'plannedThrough'")
                .flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
        }
    }

    public func pending() throws -> [Announcement] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM announcement WHERE state = 'pending' ORDER BY id")
                .map(Self.announcement)
        }
    }

    public func announcement(_ id: AnnouncementID) throws -> Announcement? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM announcement WHERE id = ?", arguments: [id]).map(Self.announcement)
        }
    }

    /// Play-log lines whose start (or, for never-played ones, end) lies in [from, to), oldest
    /// first; `limit` of them after passing over `offset` (a page of a long day).
    public func history(from: Date, to: Date, offset: Int = 0, limit: Int = -1) throws -> [PlayRecord] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT playLog.id AS logID, playLog.started, playLog.finished, playLog.outcome,
                        playLog.reason, playLog.volume AS playedVolume, announcement.*
                    FROM playLog JOIN announcement ON announcement.id = playLog.announcementId
                    WHERE COALESCE(playLog.started, playLog.finished) >= ?
                      AND COALESCE(playLog.started, playLog.finished) < ?
                    ORDER BY COALESCE(playLog.started, playLog.finished), playLog.id
                    LIMIT ? OFFSET ?
                    """,
                arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970, limit, max(0, offset)]
            ).map(Self.playRecord)
        }
    }

    /// Play-log lines after line `after` (the line number is the station's sequence: it only
    /// grows), in that order, at most `limit` of them. What the hub's link reads to report
    /// outcomes and upload the log, including what happened while it was away.
    public func history(after: Int64, limit: Int = -1) throws -> [PlayRecord] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT playLog.id AS logID, playLog.started, playLog.finished, playLog.outcome,
                        playLog.reason, playLog.volume AS playedVolume, announcement.*
                    FROM playLog JOIN announcement ON announcement.id = playLog.announcementId
                    WHERE playLog.id > ? ORDER BY playLog.id LIMIT ?
                    """,
                arguments: [after, limit]
            ).map(Self.playRecord)
        }
    }

    /// The announcement queued under `key`, with its last play-log line (nil while it waits
    /// without one); nil when no `say` had that key.
    public func announcement(key: String) throws -> (announcement: Announcement, state: String, last: PlayRecord?)? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM announcement WHERE key = ?", arguments: [key]) else { return nil }
            let last = try Row.fetchOne(
                db,
                sql: """
                    SELECT playLog.id AS logID, playLog.started, playLog.finished, playLog.outcome,
                        playLog.reason, playLog.volume AS playedVolume, announcement.*
                    FROM playLog JOIN announcement ON announcement.id = playLog.announcementId
                    WHERE announcement.key = ? ORDER BY playLog.id DESC LIMIT 1
                    """,
                arguments: [key]
            ).map(Self.playRecord)
            return (Self.announcement(row), row["state"], last)
        }
    }

    // MARK: helpers

    private func isRecorded(_ draft: AnnouncementDraft, in db: Database) throws -> Bool {
        guard case .program(let file) = draft.source else { return false }
        return try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM announcement WHERE sourceKind = 'program' AND sourceName = ? AND due = ?)",
            arguments: [file, draft.due.timeIntervalSince1970]) ?? false
    }

    private func insert(_ draft: AnnouncementDraft, at now: Date, in db: Database) throws -> Announcement {
        let (kind, name): (String, String) =
            switch draft.source {
            case .program(let file): ("program", file)
            case .user(let user): ("user", user)
            case .alert(let sender): ("alert", sender)
            }
        try db.execute(
            sql: """
                INSERT INTO announcement(title, text, voice, repeatCount, gap, chime, priority, sourceKind,
                    sourceName, due, expires, orderIndex, state, created, volume, audio, audioFirst, key, zones)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                draft.title, draft.text, draft.voice, draft.repeatCount, draft.gap, draft.chime,
                draft.priority.rawValue, kind, name, draft.due.timeIntervalSince1970,
                draft.expires?.timeIntervalSince1970, draft.order, now.timeIntervalSince1970, draft.volume?.percent,
                draft.audio, draft.audioFirst, draft.key, Self.zonesColumn(draft.zones),
            ])
        return Announcement(id: db.lastInsertedRowID, draft: draft)
    }

    /// Ends an announcement that never (again) sounds, with a play-log line saying why.
    private func close(_ id: AnnouncementID, outcome: Outcome, reason: String, at now: Date, in db: Database) throws {
        try db.execute(sql: "UPDATE announcement SET state = 'done' WHERE id = ?", arguments: [id])
        try db.execute(
            sql: "INSERT INTO playLog(announcementId, finished, outcome, reason) VALUES (?, ?, ?, ?)",
            arguments: [id, now.timeIntervalSince1970, outcome.rawValue, reason])
    }

    private static func playRecord(_ row: Row) -> PlayRecord {
        PlayRecord(
            logID: row["logID"], announcement: announcement(row),
            outcome: (row["outcome"] as String?).flatMap(Outcome.init(rawValue:)),
            reason: row["reason"], started: date(row["started"]), finished: date(row["finished"]),
            volume: (row["playedVolume"] as Double?).map(VolumeLevel.init(clamping:)))
    }

    private static func date(_ seconds: Double?) -> Date? {
        seconds.map(Date.init(timeIntervalSince1970:))
    }

    /// The `zones` column: the names joined by commas, NULL for every zone.
    static func zonesColumn(_ zones: ZoneSelection) -> String? {
        switch zones {
        case .all: nil
        case .named(let names): names.map(\.text).joined(separator: ",")
        }
    }

    /// A column that no longer parses (it cannot, written by `zonesColumn`) plays everywhere
    /// rather than nowhere.
    static func zones(_ column: String?) -> ZoneSelection {
        guard let column else { return .all }
        return (try? ZoneSelection(names: column.split(separator: ",").map(String.init))) ?? .all
    }

    private static func announcement(_ row: Row) -> Announcement {
        let name: String = row["sourceName"]
        let source: AnnouncementSource =
            switch row["sourceKind"] as String {
            case "program": .program(file: name)
            case "alert": .alert(sender: name)
            default: .user(name)
            }
        let draft = AnnouncementDraft(
            title: row["title"], text: row["text"], voice: row["voice"], repeatCount: row["repeatCount"],
            gap: row["gap"], chime: row["chime"],
            priority: Priority(rawValue: row["priority"]) ?? .normal, source: source,
            due: Date(timeIntervalSince1970: row["due"]), expires: date(row["expires"]), order: row["orderIndex"],
            volume: (row["volume"] as Double?).map(VolumeLevel.init(clamping:)),
            audio: row["audio"], audioFirst: row["audioFirst"] ?? false, key: row["key"],
            zones: zones(row["zones"]))
        return Announcement(id: row["id"], draft: draft)
    }
}
