import ControlWire
import Foundation
import Hub
import HubTestSupport
import StationTestSupport
import HubLink
import LinkService
import XCTest

/// dalabad as far as the scale test needs it: takes a `say`, notes when, answers as the daemon
/// does (the real one is measured by the acceptance tests; 200 of them would not fit this box).
final class RecordingStation: StationPort, @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: Int64] = [:]
    private(set) var received: [String: Date] = [:]

    func say(_ request: Request) throws -> SayReply {
        lock.withLock {
            let key = request.key ?? UUID().uuidString
            if let id = keys[key] { return SayReply(id: id, due: Date(), repeated: true, status: "waiting") }
            let id = Int64(keys.count + 1)
            keys[key] = id
            received[key] = Date()
            return SayReply(id: id, due: Date())
        }
    }

    func receivedAt(_ key: String) -> Date? { lock.withLock { received[key] } }

    func cancel(key: String, reason: String) throws -> CancelAnswer { .unknown }

    func status() throws -> StatusReply {
        StatusReply(playing: nil, playingSince: nil, next: nil, queueLength: 0, paused: false, quietHours: false, speaker: "online",
                    speakerError: nil, scheduleErrors: [], storeError: nil, queueVersion: 0, since: Date(), timeZone: "UTC")
    }

    func history(after: Int64) throws -> HistoryReply { HistoryReply(date: "", records: []) }

    func timetable() throws -> TimetableReply { TimetableReply(date: "2026-03-02", timeZone: "UTC", programs: []) }
}

/// Issue 15's scale: 200 links in this one process, each with its own connection to the hub;
/// an announcement to all is queued at every station within 1 s (p99) of its insert.
final class LinkScaleTests: XCTestCase {
    func testTwoHundredLinksQueueAnAnnouncementToAllWithinASecond() async throws {
        let count = Int(ProcessInfo.processInfo.environment["DALABA_SCALE_LINKS"] ?? "") ?? 200
        let hub = try await TestHub()
        var villages: [(Village, StationCredentials)] = []
        for index in 0..<count { villages.append(try await hub.addVillage("村\(index)")) }
        let quiet: @Sendable (String) -> Void = { _ in }
        var stations: [RecordingStation] = []
        var tasks: [Task<Void, Never>] = []
        let memoryBefore = ProcessUsage.of(getpid())?.rssKB ?? 0
        for (_, credentials) in villages {
            let station = RecordingStation()
            stations.append(station)
            let link = StationLink(station: station, installer: nil, version: "scale")
            let runner = LinkRunner(configuration: .init(settings: try credentials.settings(), heartbeat: 30), link: link, log: quiet)
            tasks.append(Task { await runner.run() })
        }
        // Every link has connected when every village has a heartbeat.
        let connected = try await eventually(timeout: 60) {
            try await hub.values("SELECT count(*)::int FROM heartbeats", as: Int.self).first == count
        }
        XCTAssertTrue(connected, "all \(count) links connected")
        let linksMemory = (ProcessUsage.of(getpid())?.rssKB ?? 0) - memoryBefore

        let serverPIDs = ProcessUsage.cluster(hub.cluster)
        let hubBefore = serverPIDs.compactMap(ProcessUsage.of)
        let processBefore = ProcessUsage.of(getpid())
        var latencies: [Double] = []
        for round in 0..<5 {
            let id = try await hub.announce("全体村民请注意：第\(round)条", to: villages.map(\.0.id))
            let inserted = Date()  // `hub say` has returned: committed, the notifications sent
            let key = AnnouncementKey.key(for: id)
            let all = try await eventually(timeout: 10) { stations.allSatisfy { $0.receivedAt(key) != nil } }
            XCTAssertTrue(all, "round \(round): \(stations.filter { $0.receivedAt(key) == nil }.count) stations without it")
            latencies += stations.compactMap { $0.receivedAt(key)?.timeIntervalSince(inserted) }
        }
        let hubAfter = ProcessUsage.cluster(hub.cluster).compactMap(ProcessUsage.of)
        let processAfter = ProcessUsage.of(getpid())
        latencies.sort()
        let p50 = latencies[latencies.count / 2], p99 = latencies[Int(Double(latencies.count) * 0.99) - 1], worst = latencies.last!
        let hubCPU = hubAfter.map(\.cpuSeconds).reduce(0, +) - hubBefore.map(\.cpuSeconds).reduce(0, +)
        let hubPSS = ProcessUsage.cluster(hub.cluster).compactMap(ProcessUsage.proportionalKB).reduce(0, +)
        let linksCPU = (processAfter?.cpuSeconds ?? 0) - (processBefore?.cpuSeconds ?? 0)
        print(String(format: "scale: %d links, 5 announcements to all: queued p50 %.0f ms, p99 %.0f ms, max %.0f ms; hub: %d processes, PSS %d MB in all, CPU %.2f s for the 5; links (this process): %.0f kB each, CPU %.2f s for the 5",
                     count, p50 * 1000, p99 * 1000, worst * 1000, hubAfter.count, hubPSS / 1024, hubCPU, Double(linksMemory) / Double(count), linksCPU))
        XCTAssertLessThan(p99, 1.0, "p99 of the insert → queued at the station")
        // Every link closes its connection before the test ends (and the cluster with it).
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    func eventually(timeout: TimeInterval, _ condition: () async throws -> Bool) async throws -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if try await condition() { return true }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        return false
    }
}
