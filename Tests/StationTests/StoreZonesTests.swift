import Foundation
import GRDB
import Testing
import Vocabulary

@testable import Station

/// The zones of an announcement survive a restart in the queue and the play log; rows
/// written before zones existed (schema v4) read as every zone.
@Suite struct StoreZonesTests {
    func names(_ raw: String...) -> ZoneSelection { .named(raw.map { try! ZoneName(parsing: $0) }) }

    @Test func zonesRoundTripThroughQueueReplaceAndHistory() throws {
        let temp = try TemporaryStore()
        let draft = AnnouncementDraft(title: "通知", text: "东头停水", source: .user("clerk"), due: t0, zones: names("东头", "学校"))
        let queued = try temp.store.enqueue(draft, at: t0)
        let everywhere = try temp.store.enqueue(AnnouncementDraft(title: "全村", text: "开会", source: .user("clerk"), due: t0), at: t0)
        let reopened = try temp.reopen()
        #expect(try reopened.pending().map(\.draft.zones) == [names("东头", "学校"), .all])
        var changed = everywhere
        changed.draft.zones = names("西头")
        try reopened.replace(changed)
        let log = try reopened.markStarted(queued.id, at: at(1))
        try reopened.markFinished(queued.id, logID: log, outcome: .played, at: at(3))
        #expect(try reopened.pending().map(\.draft.zones) == [names("西头")])
        #expect(try reopened.history(from: t0, to: at(60)).map(\.announcement.draft.zones) == [names("东头", "学校")])
    }

    @Test func programOccurrencesKeepTheirZones() throws {
        let temp = try TemporaryStore()
        let draft = AnnouncementDraft(title: "广播", text: "早上好", source: .program(file: "morning.yaml"), due: at(60), zones: names("西头"))
        _ = try temp.store.recordTimetable(enqueue: [draft], missed: [], missedReason: "", plannedThrough: at(3600), at: t0)
        #expect(try temp.reopen().pending().map(\.draft.zones) == [names("西头")])
    }

    @Test func rowsFromBeforeZonesPlayEverywhere() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("station-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            // A store as the last release left it: migrated up to v4 (before zones), one announcement waiting.
            let old = try DatabaseQueue(path: directory.appendingPathComponent(StationStore.fileName).path)
            try StoreSchema.migrator.migrate(old, upTo: "v4-key")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO announcement(title, text, repeatCount, chime, priority, sourceKind, sourceName, due,
                        state, created) VALUES ('旧', '旧的通知', 1, 1, 'normal', 'user', 'clerk', ?, 'pending', ?)
                    """, arguments: [t0.timeIntervalSince1970, t0.timeIntervalSince1970])
            }
        }
        let store = try StationStore(directory: directory)
        #expect(try store.pending().map(\.draft.zones) == [.all])
        #expect(try store.pending().map(\.draft.text) == ["旧的通知"])
    }

    @Test func theColumnReadsBackWhatItWrote() {
        #expect(StationStore.zonesColumn(.all) == nil)
        #expect(StationStore.zonesColumn(names("东头", "西头")) == "东头,西头")
        #expect(StationStore.zones(StationStore.zonesColumn(names("东头", "西头"))) == names("东头", "西头"))
        #expect(StationStore.zones(nil) == .all)
    }
}
