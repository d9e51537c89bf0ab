import Foundation
import GRDB
import Testing
import Vocabulary

@testable import Station

/// CAP alerts have a source of their own (`alert SENDER`), not `user cap`: kept by the store
/// (migration v6-alert-source), shown in queue and history, limited per sender as a user is.
@Suite struct StoreAlertSourceTests {
    let sender = "330300@12379.cn"

    @Test func anAlertsSourceRoundTripsThroughQueueAndHistory() throws {
        let temp = try TemporaryStore()
        let draft = AnnouncementDraft(title: "预警：台风红色预警", text: "台风红色预警。", priority: .emergency,
                                      source: .alert(sender: sender), due: t0, key: "cap:\(sender),T-1,2020-08-04T00:10:00+08:00#1")
        let queued = try temp.store.enqueue(draft, at: t0)
        #expect(queued.draft.source == .alert(sender: sender))
        #expect(draft.source.description == "alert 330300@12379.cn")
        let reopened = try temp.reopen()
        #expect(try reopened.pending().map(\.draft.source) == [.alert(sender: sender)])
        let log = try reopened.markStarted(queued.id, at: at(1))
        try reopened.markFinished(queued.id, logID: log, outcome: .played, at: at(3))
        #expect(try reopened.history(from: t0, to: at(60)).map(\.announcement.source) == [.alert(sender: sender)])
    }

    /// A store as the last release left it (v5): its rows, play log and keys survive the
    /// rebuild that lets the source column say `alert`.
    @Test func aStoreFromBeforeAlertSourcesKeepsEverything() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("station-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            let old = try DatabaseQueue(path: directory.appendingPathComponent(StationStore.fileName).path)
            try StoreSchema.migrator.migrate(old, upTo: "v5-zones")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO announcement(title, text, repeatCount, chime, priority, sourceKind, sourceName, due,
                        state, created, key, zones, volume) VALUES ('旧', '旧的通知', 1, 1, 'normal', 'user', 'cap', ?, 'pending', ?,
                        'cap:old#1', '东头', 80);
                    INSERT INTO announcement(title, text, repeatCount, chime, priority, sourceKind, sourceName, due,
                        state, created) VALUES ('早', '早上好', 1, 1, 'normal', 'program', 'morning.yaml', ?, 'done', ?);
                    INSERT INTO playLog(announcementId, started, finished, outcome) VALUES (2, ?, ?, 'played');
                    """, arguments: [t0.timeIntervalSince1970, t0.timeIntervalSince1970, at(-60).timeIntervalSince1970,
                                     t0.timeIntervalSince1970, at(-60).timeIntervalSince1970, at(-50).timeIntervalSince1970])
            }
        }
        let store = try StationStore(directory: directory)
        let pending = try store.pending()
        #expect(pending.map(\.draft.text) == ["旧的通知"])
        #expect(pending.first?.draft.key == "cap:old#1")
        #expect(pending.first?.draft.volume?.percent == 80)
        #expect(pending.first?.draft.source == .user("cap"), "what was written stays what it was")
        #expect(try store.history(from: at(-3600), to: at(60)).map(\.announcement.draft.text) == ["早上好"])
        // The key is still unique, and the new kind is accepted.
        let again = AnnouncementDraft(title: "旧", text: "x", source: .alert(sender: sender), due: t0, key: "cap:old#1")
        #expect(throws: (any Error).self) { try store.enqueue(again, at: t0) }
        var fresh = again
        fresh.key = "cap:new#1"
        #expect(try store.enqueue(fresh, at: t0).draft.source == .alert(sender: sender))
    }

    @Test func oneSenderCannotFillTheQueue() {
        let limits = QueueLimits(perUser: 2)
        let alert = { (id: Int64, sender: String) in
            Announcement(id: id, draft: AnnouncementDraft(title: "预警", text: "预警", source: .alert(sender: sender), due: t0))
        }
        let draft = AnnouncementDraft(title: "预警", text: "预警", source: .alert(sender: sender), due: t0)
        #expect(limits.admit(draft, waiting: [alert(1, sender)]) == .accept)
        guard case .refuse(let reason) = limits.admit(draft, waiting: [alert(1, sender), alert(2, sender)]) else {
            Issue.record("a third alert of one sender was accepted")
            return
        }
        #expect(reason.contains(sender))
        #expect(limits.admit(draft, waiting: [alert(1, "other@example.org"), alert(2, "other@example.org")]) == .accept)
    }
}
