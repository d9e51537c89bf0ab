import ControlWire
import Foundation
import Testing

@testable import HubLink

/// 2026-03-02 08:00:00 UTC (16:00 in Shanghai).
let t0 = Date(timeIntervalSince1970: 1_772_438_400)

final class Clock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = t0
    var now: Date { lock.withLock { instant } }
    func advance(_ seconds: TimeInterval) { lock.withLock { instant += seconds } }
}

func makeLink(_ station: FakeStation, clock: Clock, installer: ProgramInstaller? = nil) -> StationLink {
    StationLink(station: station, installer: installer, version: "test", now: { clock.now })
}

@Suite struct StationLinkTests {
    /// The hub checks `--zones` against what the station reports: on connecting, then only when
    /// dalabad's zones change; none for a station without zones; nothing from a dalabad older than zones.
    @Test func theStationsZonesGoUpOnConnectingAndWhenTheyChange() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        #expect(await hub.zoneReports.isEmpty, "a dalabad older than zones says nothing of them")
        station.zones = ["东头", "西头"]
        try await link.beat(hub)
        #expect(await hub.zoneReports == [["东头", "西头"]])
        try await link.beat(hub)
        #expect(await hub.zoneReports == [["东头", "西头"]], "unchanged: not sent again")
        station.zones = ["东头"]
        try await link.beat(hub)
        #expect(await hub.zoneReports == [["东头", "西头"], ["东头"]])
        station.zones = ["all"]
        try await link.beat(hub)
        #expect(await hub.zoneReports.last == [], "station.yaml names no zones: status shows one, all")
        try await link.connected(hub)
        #expect(await hub.zoneReports.count == 4, "a new connection reports them afresh")
    }

    /// Today's timetable goes up on connecting, again only when it changes (a reload) or the
    /// station's day turns; a dalabad older than `timetable` sends none and breaks nothing.
    @Test func theTimetableGoesUpOnConnectingAndWhenItChanges() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        #expect(await hub.timetables.isEmpty)
        #expect(await hub.heartbeats.count == 1, "the heartbeat went up all the same")
        func program(_ hour: Int, _ title: String, zones: [String]? = []) -> AnnouncementView {
            AnnouncementView(id: nil, title: title, text: title + "。", priority: .normal, voice: nil, repeat: 1, chime: true,
                             source: "program \(title).yaml", due: t0 + TimeInterval(hour * 3600), expires: nil, zones: zones)
        }
        station.timetableReply = TimetableReply(date: "2026-03-02", timeZone: "Asia/Shanghai",
                                                programs: [program(-8, "早间新闻"), program(2, "防火", zones: ["东头"])])
        try await link.beat(hub)
        let first = try #require(await hub.timetables.last)
        #expect(first.date == "2026-03-02" && first.timeZone == "Asia/Shanghai")
        #expect(first.programs.map(\.title) == ["早间新闻", "防火"])
        #expect(first.programs.map(\.zones) == [[], ["东头"]])
        #expect(first.programs[1].source == "program 防火.yaml" && first.programs[1].due == t0 + 7200)
        try await link.beat(hub)
        #expect(await hub.timetables.count == 1, "unchanged: not sent again")
        station.timetableReply?.programs.removeLast()
        try await link.syncTimetable(hub)
        #expect(await hub.timetables.count == 2, "a reload changed it")
        station.timetableReply?.date = "2026-03-03"
        try await link.beat(hub)
        #expect(await hub.timetables.last?.date == "2026-03-03", "midnight: the new day's")
        try await link.connected(hub)
        #expect(await hub.timetables.count == 4, "a new connection uploads it afresh")
    }

    @Test func aPendingAnnouncementGoesToDalabadWithTheHubIdAsItsKey() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 7, text: "乡里通知", priority: "high"))
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        #expect(station.queued.map(\.key) == ["hub:7"])
        #expect(station.queued.first?.priority == .high)
        #expect(station.queued.first?.at == nil, "no time: at once")
        #expect(await hub.deliveries[7]?.state == "queued")
        #expect(await hub.deliveries[7]?.queued == t0)
        try await link.catchUp(hub)
        #expect(station.queued.count == 1)
    }

    /// The link handed it over, then lost the hub before it could say so: the next catch-up
    /// hands it over again, and dalabad's key makes that a no-op.
    @Test func aLostReportIsRetriedWithoutQueueingTwice() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 3, text: "通知"))
        await hub.failNextReports(1)
        let link = makeLink(station, clock: clock)
        await #expect(throws: (any Error).self) { try await link.catchUp(hub) }
        #expect(await hub.deliveries[3]?.state == "pending")
        try await link.connected(hub)
        #expect(station.queued.count == 1)
        #expect(await hub.deliveries[3]?.state == "queued")
    }

    /// A new link process (after kill -9) knows nothing; the station and the hub do.
    @Test func aRestartedLinkDoublesNothing() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 1, text: "一"))
        try await makeLink(station, clock: clock).connected(hub)
        let seq = station.logLine(key: "hub:1", status: "played", started: t0 + 1, finished: t0 + 5)
        try await makeLink(station, clock: clock).connected(hub)
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.count == 1)
        #expect(await hub.playLog.keys.sorted() == [seq])
        #expect(await hub.deliveries[1]?.state == "played")
    }

    @Test func anExpiredAnnouncementIsReportedMissedAndNotSaid() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 4, text: "过期了", at: t0 - 900, expires: t0 - 60))
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.isEmpty)
        let delivery = try #require(await hub.deliveries[4])
        #expect(delivery.state == "missed")
        #expect(delivery.reason?.contains("expired at 2026-03-02T07:59:00.000Z") == true, "\(delivery.reason ?? "")")
    }

    @Test func aLaterTimeGoesInTheStationsZoneAndExpiryCountsFromIt() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 5, text: "晚上开会", at: t0 + 3600.2, expires: t0 + 5400))
        try await makeLink(station, clock: clock).connected(hub)
        let request = try #require(station.queued.first)
        #expect(request.at == "2026-03-02T17:00:01", "rounded up to the second, Shanghai time")
        #expect(request.expires.map { abs($0 - 1799) < 0.001 } == true)
    }

    @Test func aPassedTimeStillValidPlaysAtOnceForWhatIsLeft() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 6, text: "通知", at: t0 - 300, expires: t0 + 600))
        try await makeLink(station, clock: clock).connected(hub)
        let request = try #require(station.queued.first)
        #expect(request.at == nil)
        #expect(request.expires == 600)
    }

    @Test func theStationsRefusalIsAFailedDelivery() async throws {
        final class Refusing: StationPort, @unchecked Sendable {
            let inner = FakeStation()
            func say(_ request: Request) throws -> SayReply { throw ControlError.badRequest("nothing in this text can be read aloud") }
            func cancel(key: String, reason: String) throws -> CancelAnswer { try inner.cancel(key: key, reason: reason) }
            func status() throws -> StatusReply { try inner.status() }
            func history(after: Int64) throws -> HistoryReply { try inner.history(after: after) }
            func timetable() throws -> TimetableReply { try inner.timetable() }
        }
        let hub = FakeHub(), clock = Clock()
        await hub.add(HubAnnouncement(id: 8, text: "📢"))
        try await StationLink(station: Refusing(), installer: nil, version: "t", now: { clock.now }).connected(hub)
        #expect(await hub.deliveries[8]?.state == "failed")
        #expect(await hub.deliveries[8]?.reason == "the station refused it: nothing in this text can be read aloud")
    }

    @Test func dalabadDownLeavesItPendingForTheNextTry() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 9, text: "通知"))
        station.reachable = false
        let link = makeLink(station, clock: clock)
        await #expect(throws: (any Error).self) { try await link.connected(hub) }
        #expect(await hub.heartbeats.last?.online == false)
        #expect(await hub.deliveries[9]?.state == "pending")
        station.reachable = true
        try await link.connected(hub)
        #expect(await hub.deliveries[9]?.state == "queued")
        #expect(await hub.heartbeats.last?.online == true)
    }

    /// Outcomes from the play log: each line once, in order, a playing line reported as the
    /// start and uploaded only once it has ended; lines from while the hub was away included.
    @Test func thePlayLogGoesUpOnceWithTheOutcomes() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        for id in Int64(1)...3 { await hub.add(HubAnnouncement(id: id, text: "通知\(id)")) }
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        station.logLine(key: nil, status: "played", started: t0, finished: t0 + 3)
        station.logLine(key: "hub:1", status: "played", started: t0 + 3, finished: t0 + 8)
        let open = station.logLine(key: "hub:2", status: "playing", started: t0 + 8)
        station.logLine(key: "hub:3", status: "missed", finished: t0 + 9, reason: "quiet hours")
        try await link.syncLog(hub)
        #expect(await hub.playLog.keys.sorted() == [1, 2], "stops before the open line")
        #expect(await hub.deliveries[1]?.state == "played")
        #expect(await hub.deliveries[1]?.started == t0 + 3)
        #expect(await hub.deliveries[2]?.state == "playing")
        #expect(await hub.deliveries[2]?.started == t0 + 8)
        #expect(await hub.deliveries[3]?.state == "queued")
        try await link.syncLog(hub)
        station.finish(open, status: "played", at: t0 + 12)
        try await link.syncLog(hub)
        #expect(await hub.playLog.keys.sorted() == [1, 2, 3, 4])
        #expect(await hub.deliveries[2]?.state == "played")
        #expect(await hub.deliveries[2]?.finished == t0 + 12)
        #expect(await hub.deliveries[3]?.state == "missed")
        #expect(await hub.deliveries[3]?.reason == "quiet hours")
    }

    @Test func aLongLogGoesUpPageByPage() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        station.pageSize = 3
        for index in 0..<10 { station.logLine(key: nil, status: "played", started: t0 + Double(index), finished: t0 + Double(index) + 1) }
        try await makeLink(station, clock: clock).connected(hub)
        #expect(await hub.playLog.keys.sorted() == Array(1...10))
        #expect(await hub.uploads == 4)
    }

    @Test func anInterruptedLineLeavesTheDeliveryPlaying() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 1, text: "一"))
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        station.logLine(key: "hub:1", status: "interrupted", started: t0, finished: t0 + 1, reason: "emergency 9")
        try await link.syncLog(hub)
        #expect(await hub.deliveries[1]?.state == "queued")
        station.logLine(key: "hub:1", status: "skipped", started: t0 + 30, finished: t0 + 31, reason: "skipped by alice")
        try await link.syncLog(hub)
        #expect(await hub.deliveries[1]?.state == "cancelled")
        #expect(await hub.deliveries[1]?.reason == "skipped at the station: skipped by alice")
    }

    /// Issue 15: a township's cancel reaches an announcement the station already holds; the
    /// delivery ends `cancelled` with who and why.
    @Test func aCancelAtTheHubCancelsItAtTheStationByItsKey() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 6, text: "晚上开会", at: t0 + 3600))
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        #expect(await hub.deliveries[6]?.state == "queued")
        await hub.cancel(6, by: "clerk_li", why: "改期")
        clock.advance(5)
        try await link.catchUp(hub)
        #expect(station.cancels.map(\.key) == ["hub:6"])
        #expect(station.cancels.first?.reason == "cancelled at the hub by clerk_li: 改期")
        let delivery = try #require(await hub.deliveries[6])
        #expect(delivery.state == "cancelled")
        #expect(delivery.reason == "cancelled at the hub by clerk_li: 改期")
        #expect(delivery.finished == t0 + 5)
        try await link.catchUp(hub)
        #expect(station.cancels.count == 1, "a delivery over is not cancelled again")
        #expect(await hub.playLog.values.first?.status == "cancelled", "the station's line goes up too")
    }

    /// Cancelled before the station took it (the link was away): never said, cancelled all the same.
    @Test func aCancelBeforeTheStationGotItIsNeverSaid() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 2, text: "通知"))
        await hub.cancel(2, by: "clerk_li", why: nil)
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.isEmpty)
        #expect(await hub.deliveries[2]?.state == "cancelled")
        #expect(await hub.deliveries[2]?.reason == "cancelled at the hub by clerk_li (before it reached the station)")
    }

    /// Played before the cancel came: the play log's outcome stands.
    @Test func aCancelAfterThePlayLeavesItPlayed() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 3, text: "通知"))
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        station.logLine(key: "hub:3", status: "played", started: t0, finished: t0 + 4)
        await hub.cancel(3, by: "clerk_li", why: "太晚了")
        try await link.catchUp(hub)
        #expect(await hub.deliveries[3]?.state == "played")
    }

    /// The hub's zones go to dalabad's `say`; none means every zone.
    @Test func zonesGoToTheStation() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 1, text: "东头停水", zones: ["东头"]))
        await hub.add(HubAnnouncement(id: 2, text: "全村开会"))
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.map(\.zones) == [["东头"], nil])
    }

    /// A station whose store was wiped counts its play log from 1 again under a new identity:
    /// its lines go up from the first, and the old store's stay as they were.
    @Test func aWipedStoreIsUploadedFromItsFirstLine() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        for index in 0..<3 { station.logLine(key: nil, status: "played", started: t0 + Double(index), finished: t0 + Double(index) + 1) }
        let link = makeLink(station, clock: clock)
        try await link.connected(hub)
        #expect(await hub.playLogByStore["store-1"]?.keys.sorted() == [1, 2, 3])
        station.wipe()
        station.logLine(key: nil, status: "played", started: t0 + 10, finished: t0 + 11)
        station.logLine(key: nil, status: "missed", finished: t0 + 12, reason: "quiet hours")
        try await link.syncLog(hub)
        #expect(await hub.playLogByStore["store-2"]?.keys.sorted() == [1, 2], "the new store's lines, from its first")
        #expect(await hub.playLogByStore["store-1"]?.keys.sorted() == [1, 2, 3])
        // A new link process (after the wipe) finds its place in the new store from the hub.
        station.logLine(key: nil, status: "played", started: t0 + 20, finished: t0 + 21)
        try await makeLink(station, clock: clock).connected(hub)
        #expect(await hub.playLogByStore["store-2"]?.keys.sorted() == [1, 2, 3])
    }

    /// The wiped store took what it held queued: handed over again (a new link process finds the
    /// hub's recorded store differs), what is still valid is queued anew, what expired is missed.
    @Test func whatTheLostStoreHeldQueuedIsHandedOverAgain() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.add(HubAnnouncement(id: 1, text: "晚上开会", at: t0 + 3600))
        await hub.add(HubAnnouncement(id: 2, text: "很快过期", at: t0 + 60, expires: t0 + 120))
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.map(\.key) == ["hub:1", "hub:2"])
        station.wipe()
        clock.advance(600)
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.map(\.key) == ["hub:1"], "queued again in the new store")
        #expect(await hub.deliveries[1]?.state == "queued")
        let missed = try #require(await hub.deliveries[2])
        #expect(missed.state == "missed")
        #expect(missed.reason?.hasPrefix("the station's store was replaced") == true, "\(missed.reason ?? "")")
        try await makeLink(station, clock: clock).connected(hub)
        #expect(station.queued.count == 1, "the same store: nothing handed over again")
    }

    @Test func theHeartbeatCarriesTheStationsWord() async throws {
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        let link = makeLink(station, clock: clock)
        try await link.beat(hub)
        clock.advance(30)
        try await link.beat(hub)
        let beats = await hub.heartbeats
        #expect(beats.map(\.stationTime) == [t0, t0 + 30])
        #expect(beats.allSatisfy { $0.online && $0.speaker == "online" && $0.version == "test" && $0.scheduleErrors == 0 })
    }
}

@Suite struct BackoffTests {
    @Test func doublesUpToTheCapWithJitterInTheUpperHalf() {
        var backoff = Backoff(first: 0.5, cap: 8)
        let highs = (0..<7).map { _ in backoff.next(random: { 0.999999 }) }
        #expect(highs.map { ($0 * 100).rounded() / 100 } == [0.5, 1, 2, 4, 8, 8, 8])
        backoff.reset()
        let lows = (0..<6).map { _ in backoff.next(random: { 0 }) }
        #expect(lows == [0.25, 0.5, 1, 2, 4, 4])
        backoff.reset()
        for _ in 0..<100 {
            let wait = backoff.next()
            #expect(wait >= 0.25 && wait <= 8)
        }
    }

    /// PostgreSQL restarted: even with the longest draws the link tries four times within
    /// 7.5 s of losing it (0.5 + 1 + 2 + 4), so a restart of a few seconds costs under 10 s.
    @Test func aRestartedHubIsTriedSeveralTimesWithinTenSeconds() {
        var backoff = Backoff()
        var total = 0.0, attempts = 0
        while true {
            let wait = backoff.next(random: { 0.999999 })
            if total + wait > 10 { break }
            total += wait
            attempts += 1
        }
        #expect(attempts == 4)
    }
}

@Suite struct ProgramInstallerTests {
    let good = """
        title: 午间广播
        text: 各位村民请注意
        days: daily
        times:
          - 12:00
        """

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("link-programs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aGoodProgramIsInstalledUnderTheHubsPrefix() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.push(HubProgram(id: 1, fileName: "noon.yaml", yaml: good))
        let link = makeLink(station, clock: clock, installer: ProgramInstaller(directory: directory, knownVoices: nil))
        try await link.connected(hub)
        #expect(await hub.programList.first?.state == .installed)
        #expect(try String(contentsOf: directory.appendingPathComponent("hub-noon.yaml"), encoding: .utf8) == good)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["hub-noon.yaml"], "no temporary left")
    }

    @Test func aProgramWithAMistakeIsRefusedWithFileAndLine() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        await hub.push(HubProgram(id: 2, fileName: "bad.yaml", yaml: "title: 坏\ntext: 通知\ndays: daily\ntimes:\n  - 25:00\n"))
        try await makeLink(station, clock: clock, installer: ProgramInstaller(directory: directory, knownVoices: nil)).connected(hub)
        #expect(await hub.programList.first?.state == .refused)
        let reason = try #require(await hub.programReasons[2])
        #expect(reason.hasPrefix("bad.yaml:5:"), "\(reason)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "never installed")
    }

    @Test func aRemovedProgramsFileGoesAndANewerVersionReplaces() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hub = FakeHub(), station = FakeStation(), clock = Clock()
        let link = makeLink(station, clock: clock, installer: ProgramInstaller(directory: directory, knownVoices: nil))
        await hub.push(HubProgram(id: 1, fileName: "noon.yaml", yaml: good))
        try await link.connected(hub)
        let newer = good.replacingOccurrences(of: "12:00", with: "12:30")
        await hub.push(HubProgram(id: 2, fileName: "noon.yaml", yaml: newer))
        await hub.removeProgram(1)
        try await link.catchUp(hub)
        #expect(try String(contentsOf: directory.appendingPathComponent("hub-noon.yaml"), encoding: .utf8) == newer,
                "removing the old one leaves the newer one's file")
        #expect(await hub.programList.map(\.state) == [.removed, .installed])
        await hub.removeProgram(2)
        try await link.catchUp(hub)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        #expect(await hub.programList.map(\.state) == [.removed, .removed])
    }

    @Test func theStationsOwnSettingsAreNotPushed() {
        let installer = ProgramInstaller(directory: URL(fileURLWithPath: "/nonexistent"), knownVoices: nil)
        let report = installer.install(HubProgram(id: 1, fileName: "station.yaml", yaml: "timezone: UTC\n"))
        #expect(report.state == .refused)
    }
}
