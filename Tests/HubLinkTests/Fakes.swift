import ControlWire
import Foundation
import Vocabulary

@testable import HubLink

/// The hub as the link sees it, in memory, with the hub's rules that matter to the link: a
/// delivery in a final state stays, a play-log sequence is taken once.
actor FakeHub: HubSession {
    struct Delivery: Equatable {
        var state = "pending"
        var queued: Date?, started: Date?, finished: Date?, reason: String?
    }

    var announcements: [HubAnnouncement] = []
    /// Cancelled announcements: by whom, why.
    var cancelled: [Int64: (by: String?, why: String?)] = [:]
    var deliveries: [Int64: Delivery] = [:]
    /// The play log by the station's store identity, then sequence.
    var playLogByStore: [String: [Int64: HistoryRecord]] = [:]
    /// Every store's lines by sequence (the tests with one store).
    var playLog: [Int64: HistoryRecord] { playLogByStore.values.reduce(into: [:]) { $0.merge($1) { first, _ in first } } }
    var heartbeats: [Heartbeat] = []
    var programList: [HubProgram] = []
    var programReasons: [Int64: String] = [:]
    /// The next this many calls to `report` fail (a connection lost after dalabad took it).
    var failReports = 0
    var uploads = 0

    func add(_ announcement: HubAnnouncement) {
        announcements.append(announcement)
        deliveries[announcement.id] = Delivery()
    }

    func push(_ program: HubProgram) { programList.append(program) }
    func removeProgram(_ id: Int64) {
        if let index = programList.firstIndex(where: { $0.id == id }) { programList[index].removed = true }
    }
    func failNextReports(_ count: Int) { failReports = count }
    /// The township cancels: deliveries keep their state until the station answers.
    func cancel(_ id: Int64, by: String?, why: String?) { cancelled[id] = (by, why) }

    func pendingAnnouncements() async throws -> [HubAnnouncement] {
        announcements.filter { deliveries[$0.id]?.state == "pending" && cancelled[$0.id] == nil }
    }

    func queuedAnnouncements() async throws -> [HubAnnouncement] {
        announcements.filter { deliveries[$0.id]?.state == "queued" && cancelled[$0.id] == nil }
    }

    func recordedStore() async throws -> String? { heartbeats.last(where: { $0.store != nil })?.store }

    func cancelledAnnouncements() async throws -> [HubCancellation] {
        cancelled.keys.sorted().compactMap { id in
            guard let state = deliveries[id]?.state, ["pending", "queued", "playing"].contains(state) else { return nil }
            return HubCancellation(id: id, by: cancelled[id]?.by, why: cancelled[id]?.why)
        }
    }

    func report(_ reports: [DeliveryReport]) async throws {
        if failReports > 0 {
            failReports -= 1
            throw CancellationError()
        }
        for report in reports { apply(report) }
    }

    private func apply(_ report: DeliveryReport) {
        guard var delivery = deliveries[report.announcement] else { return }
        guard !["played", "missed", "failed"].contains(delivery.state) else { return }
        // As the link's UPDATE: a cancelled delivery may still turn out playing or played, nothing else.
        if delivery.state == "cancelled", ![.playing, .played].contains(report.state) { return }
        delivery.state = report.state.rawValue
        delivery.queued = delivery.queued ?? report.queued
        delivery.started = delivery.started ?? report.started
        delivery.finished = report.finished ?? delivery.finished
        delivery.reason = report.reason ?? delivery.reason
        deliveries[report.announcement] = delivery
    }

    func lastUploadedSequence(store: String) async throws -> Int64 { playLogByStore[store]?.keys.max() ?? 0 }

    func upload(_ lines: [HistoryRecord], store: String, outcomes: [DeliveryReport]) async throws {
        uploads += 1
        for line in lines {
            let seq = line.seq!
            precondition(playLogByStore[store]?[seq] == nil, "line \(seq) of store \(store) uploaded twice")
            playLogByStore[store, default: [:]][seq] = line
        }
        for report in outcomes { apply(report) }
    }

    func beat(_ heartbeat: Heartbeat) async throws { heartbeats.append(heartbeat) }

    /// Every zone report, in order.
    var zoneReports: [[String]] = []
    func reportZones(_ names: [String]) async throws { zoneReports.append(names) }

    /// Every timetable upload, in order.
    var timetables: [StationTimetable] = []
    func uploadTimetable(_ timetable: StationTimetable) async throws { timetables.append(timetable) }

    func programs() async throws -> [HubProgram] { programList }

    func report(_ reports: [ProgramReport]) async throws {
        for report in reports {
            guard let index = programList.firstIndex(where: { $0.id == report.program }) else { continue }
            programList[index].state = report.state
            programReasons[report.program] = report.reason
        }
    }
}

/// dalabad in memory: `say` keyed as the real one, a play log with sequences.
final class FakeStation: StationPort, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var queued: [Request] = []
    private var ids: [String: Int64] = [:]
    private var log: [HistoryRecord] = []
    var reachable = true
    var timeZone = "Asia/Shanghai"
    /// What `status` says of the zones (nil: a dalabad older than zones).
    var zones: [String]? = nil
    var pageSize = 100
    /// The store's identity; `wipe()` makes a new one.
    private(set) var store = "store-1"
    /// The cancels asked of it: key, reason.
    private(set) var cancels: [(key: String, reason: String)] = []

    /// A new disk: the queue, the keys and the play log gone, the sequence from 1 again.
    func wipe() {
        lock.withLock {
            store = "store-\(Int(store.dropFirst(6))! + 1)"
            ids = [:]
            log = []
            queued = []
        }
    }

    func cancel(key: String, reason: String) throws -> CancelAnswer {
        try lock.withLock {
            guard reachable else { throw ClientError.connection("dalabad is not running") }
            cancels.append((key, reason))
            guard let id = ids[key] else { return .unknown }
            if let last = log.last(where: { $0.id == id }), last.status != "playing", last.status != "interrupted" { return .ended }
            let seq = Int64(log.count + 1)
            log.append(HistoryRecord(
                id: id, title: "t", text: "t", status: "cancelled", reason: reason, priority: .normal, source: "user dalaba-link",
                due: Date(timeIntervalSince1970: 0), started: nil, finished: Date(), seq: seq, key: key))
            return .cancelled
        }
    }

    func say(_ request: Request) throws -> SayReply {
        try lock.withLock {
            guard reachable else { throw ClientError.connection("dalabad is not running") }
            if let key = request.key, let id = ids[key] {
                let last = log.last { $0.id == id }
                return SayReply(id: id, due: Date(), repeated: true, status: last?.status ?? "waiting", reason: last?.reason,
                                finished: last?.finished)
            }
            queued.append(request)
            let id = Int64(queued.count)
            if let key = request.key { ids[key] = id }
            return SayReply(id: id, due: Date())
        }
    }

    func status() throws -> StatusReply {
        guard reachable else { throw ClientError.connection("dalabad is not running") }
        var reply = StatusReply(
            playing: nil, playingSince: nil, next: nil, queueLength: queued.count, paused: false, quietHours: false,
            speaker: "online", speakerError: nil, scheduleErrors: [], storeError: nil, queueVersion: 0, since: Date(),
            timeZone: timeZone)
        reply.zones = zones.map { $0.map { ZoneView(name: $0, speaker: "null") } }
        return reply
    }

    /// What `timetable` answers; nil: a dalabad older than the query (unknown_command).
    var timetableReply: TimetableReply? = nil
    func timetable() throws -> TimetableReply {
        guard reachable else { throw ClientError.connection("dalabad is not running") }
        guard let timetableReply else { throw ControlError.unknownCommand("timetable") }
        return timetableReply
    }

    func history(after: Int64) throws -> HistoryReply {
        try lock.withLock {
            guard reachable else { throw ClientError.connection("dalabad is not running") }
            let lines = log.filter { $0.seq! > after }
            let page = Array(lines.prefix(pageSize))
            var reply = HistoryReply(date: "", records: page, next: lines.count > page.count ? page.last.map { Int($0.seq!) } : nil)
            reply.store = store
            return reply
        }
    }

    /// A play-log line for the announcement queued under `key` (or a program's, without).
    @discardableResult
    func logLine(key: String?, status: String, started: Date? = nil, finished: Date? = nil, reason: String? = nil) -> Int64 {
        lock.withLock {
            let seq = Int64(log.count + 1)
            let id = key.flatMap { ids[$0] } ?? 1000 + seq
            log.append(HistoryRecord(
                id: id, title: "t", text: "t", status: status, reason: reason, priority: .normal,
                source: key == nil ? "program a.yaml" : "user dalaba-link", due: Date(timeIntervalSince1970: 0),
                started: started, finished: finished, seq: seq, key: key))
            return seq
        }
    }

    /// Completes an open line (what the station does when the announcement ends).
    func finish(_ seq: Int64, status: String, at time: Date) {
        lock.withLock {
            let index = log.firstIndex { $0.seq == seq }!
            log[index].status = status
            log[index].finished = time
        }
    }
}
