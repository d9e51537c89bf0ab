import Foundation
import Testing

@testable import Control
@testable import Station

/// `say` with an idempotency key (the township hub's link sends `hub:<id>`): a repeat — after a
/// link crash, a reconnect, a daemon restart — answers with the first announcement and its
/// state, and never queues it again.
@Suite(.serialized) struct SayKeyTests {
    let later = "2099-01-01T08:00"

    @Test func aRepeatedKeyAnswersTheFirstAnnouncementAndQueuesNothing() throws {
        let harness = try ControlHarness()
        let first = try harness.client().call(Request(.say, text: "乡里通知", at: later, key: "hub:7"), as: SayReply.self)
        #expect(first.repeated == nil)
        let again = try harness.client().call(Request(.say, text: "乡里通知", at: later, key: "hub:7"), as: SayReply.self)
        #expect(again.id == first.id)
        #expect(again.repeated == true)
        #expect(again.status == "waiting")
        #expect(try harness.client().call(Request(.status), as: StatusReply.self).queueLength == 1)
        let other = try harness.client().call(Request(.say, text: "乡里通知", at: later, key: "hub:8"), as: SayReply.self)
        #expect(other.id != first.id)
        #expect(try harness.temp.store.pending().map(\.draft.key) == ["hub:7", "hub:8"])
    }

    @Test func aRepeatAfterThePlayTellsTheOutcome() throws {
        let harness = try ControlHarness()
        let first = try harness.client().call(Request(.say, text: "测试", key: "hub:9"), as: SayReply.self)
        #expect(harness.events.wait(for: .finished))
        let again = try harness.client().call(Request(.say, text: "测试", key: "hub:9"), as: SayReply.self)
        #expect(again.id == first.id)
        #expect(again.status == "played")
        #expect(again.finished != nil)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(harness.events.all.filter { $0.kind == .started }.count == 1, "played once")
    }

    @Test func theKeyHoldsAcrossARestartOfTheStation() throws {
        let temp = try TemporaryStore()
        let quiet = StationLog(journald: true, write: { _ in })
        let firstRun = StationEngine(store: temp.store, programs: FixedPrograms([]), output: FakeSpeaker(seconds: 0.01), log: quiet)
        try firstRun.start()
        let draft = AnnouncementDraft(
            title: "通知", text: "通知", source: .user("dalaba-link"), due: Date().addingTimeInterval(3600), key: "hub:42")
        let queued = try firstRun.say(once: draft)
        #expect(queued.repeated == false)
        let stopped = DispatchSemaphore(value: 0)
        firstRun.stop { stopped.signal() }
        stopped.wait()

        let secondRun = StationEngine(store: try temp.reopen(), programs: FixedPrograms([]), output: FakeSpeaker(seconds: 0.01), log: quiet)
        try secondRun.start()
        let again = try secondRun.say(once: draft)
        #expect(again.repeated == true)
        #expect(again.announcement.id == queued.announcement.id)
        #expect(again.state == .waiting)
        #expect(try temp.reopen().pending().count == 1)
    }

    @Test func aKeyMustBeShortPrintableText() throws {
        let harness = try ControlHarness()
        let empty = try harness.raw(Data(#"{"cmd":"say","text":"x","key":""}"#.utf8 + [0x0A]))
        #expect(errorCode(empty) == "bad_request")
        let long = try harness.raw(Data(#"{"cmd":"say","text":"x","key":"\#(String(repeating: "k", count: 201))"}"#.utf8 + [0x0A]))
        #expect(errorCode(long) == "bad_request")
        let control = try harness.raw(Data(#"{"cmd":"say","text":"x","key":"a\u0007b"}"#.utf8 + [0x0A]))
        #expect(errorCode(control) == "bad_request")
    }

    /// The link learns outcomes from the play log read by sequence: every line after the last
    /// one it has, each with its announcement's key, including those from while it was away.
    @Test func historyAfterASequenceCarriesKeysInOrder() throws {
        let harness = try ControlHarness()
        let client = try harness.client()
        let played = try client.call(Request(.say, text: "一", key: "hub:1"), as: SayReply.self)
        #expect(harness.events.wait(for: .finished))
        let waiting = try client.call(Request(.say, text: "二", at: later, key: "hub:2"), as: SayReply.self)
        _ = try client.call(Request(.cancel, id: waiting.id))
        let all = try client.call(Request(.history, after: 0), as: HistoryReply.self)
        #expect(all.records.map(\.key) == ["hub:1", "hub:2"])
        #expect(all.records.map(\.status) == ["played", "cancelled"])
        #expect(all.records.map(\.id) == [played.id, waiting.id])
        let sequences = all.records.compactMap(\.seq)
        #expect(sequences.count == 2 && sequences[0] < sequences[1])
        let rest = try client.call(Request(.history, after: sequences[0]), as: HistoryReply.self)
        #expect(rest.records.map(\.key) == ["hub:2"])
        #expect(try client.call(Request(.history, after: sequences[1]), as: HistoryReply.self).records.isEmpty)
    }

    @Test func historyAfterASequenceComesInPages() throws {
        var limits = ControlLimits()
        limits.historyPageRecords = 2
        let harness = try ControlHarness(limits: limits)
        let client = try harness.client()
        for index in 1...5 {
            let reply = try client.call(Request(.say, text: "通知", at: later, key: "hub:p\(index)"), as: SayReply.self)
            _ = try client.call(Request(.cancel, id: reply.id))
        }
        var keys: [String] = []
        var after: Int64 = 0
        var pages = 0
        while true {
            let page = try client.call(Request(.history, after: after), as: HistoryReply.self)
            pages += 1
            keys += page.records.compactMap(\.key)
            guard let next = page.next else { break }
            after = Int64(next)
        }
        #expect(keys == (1...5).map { "hub:p\($0)" })
        #expect(pages == 3)
    }

    @Test func watchEventsCarryTheKey() throws {
        let harness = try ControlHarness()
        let watcher = try harness.client()
        _ = try watcher.call(Request(.watch))
        _ = try harness.client().call(Request(.say, text: "测试", key: "hub:5"))
        var events: [EventLine] = []
        while events.last?.event != "finished", let line = try watcher.readLine() {
            events.append(try Wire.decoder().decode(EventLine.self, from: line))
        }
        #expect(events.map(\.key) == ["hub:5", "hub:5", "hub:5"])
    }
}
