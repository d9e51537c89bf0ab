import Foundation
import Hub
import HubTestSupport
import StationTestSupport
import XCTest

// Issue 15's gaps after the first landing: a township cancel reaching the station, the hub's
// zones, a station whose store was wiped. Real PostgreSQL, dalabad, dalaba-link and dalaba-hub.
extension LinkAcceptanceTests {
    /// `dalaba hub cancel` reaches an announcement the station already has queued: dalabad
    /// drops it, and the delivery ends `cancelled` with who and why.
    func testATownshipCancelReachesAnAnnouncementQueuedAtTheStation() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        let id = try await hub.announce("明天上午停电", to: [village.id], at: Date().addingTimeInterval(120))
        let queued = try await hub.waitForDelivery(id, village: village.id, state: "queued", timeout: 10)
        XCTAssertNotNil(queued, a.link?.output.text ?? "")
        let clerk = try await hub.clerk()
        let result = try runProduct("dalaba-hub", ["cancel", String(id), "--reason", "改期"], environment: clerk.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let why = "cancelled at the hub by \(clerk.name): 改期"
        let cancelled = try await hub.waitForDelivery(id, village: village.id, state: "cancelled", timeout: 10)
        let now = try await hub.delivery(id, village: village.id)
        let (delivery, _) = try XCTUnwrap(cancelled, "\(String(describing: now))\n\(a.link?.output.text ?? "")")
        XCTAssertEqual(delivery.reason, why)
        XCTAssertNotNil(delivery.finished)
        let line = try XCTUnwrap(try lines(a, key: "hub:\(id)").first, "the station logged the cancel")
        XCTAssertEqual(line.status, "cancelled")
        XCTAssertEqual(line.reason, why)
        let waiting = try a.control(#"{"cmd":"queue"}"#)["waiting"] as? [Any]
        XCTAssertEqual(waiting?.count, 0, "dalabad's queue no longer holds it")
        let uploaded = try await eventuallyAsync {
            try await hub.values("SELECT outcome FROM play_log WHERE village_id = \(village.id) AND announcement_id = \(id)", as: String.self)
                == ["cancelled"]
        }
        XCTAssertTrue(uploaded, "the station's line went up")
        let shown = try runProduct("dalaba-hub", ["deliveries", String(id)], environment: clerk.environment)
        XCTAssertTrue(shown.stdout.contains("by \(clerk.name): 改期"), shown.stdout)
    }

    /// Cancelled while the station's link is away: the delivery stays `queued` at the hub (the
    /// station still holds it: that is the truth), and the link, back, cancels it there.
    func testACancelWhileTheLinkIsAwayReachesTheStationWhenItIsBack() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        let id = try await hub.announce("下周一打疫苗", to: [village.id], at: Date().addingTimeInterval(120))
        let queued = try await hub.waitForDelivery(id, village: village.id, state: "queued", timeout: 10)
        XCTAssertNotNil(queued)
        a.killLink(SIGKILL)
        let clerk = try await hub.clerk()
        let result = try runProduct("dalaba-hub", ["cancel", String(id)], environment: clerk.environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let shown = try runProduct("dalaba-hub", ["deliveries", String(id)], environment: clerk.environment)
        XCTAssertTrue(shown.stdout.contains("cancel not yet confirmed by the station"), shown.stdout)
        let held = try await hub.delivery(id, village: village.id)
        XCTAssertEqual(held?.state, "queued")
        try a.startLink()
        let cancelled = try await hub.waitForDelivery(id, village: village.id, state: "cancelled", timeout: 10)
        XCTAssertEqual(cancelled?.0.reason, "cancelled at the hub by \(clerk.name)")
        XCTAssertEqual(try lines(a, key: "hub:\(id)").map(\.status), ["cancelled"])
    }

    /// The hub's zones reach dalabad: an announcement for 东头 plays on 东头's loudspeaker only.
    /// The link has told the hub the station's zones, so one for a zone the station does not have
    /// is refused at the hub (migration 6), saying which zones exist, and never reaches it.
    func testAnAnnouncementForSomeZonesPlaysOnlyThere() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "东村", zones: ["东头", "西头"])
        let id = try await hub.announce("东头今天下午停水", to: [village.id], zones: ["东头"])
        let played = try await hub.waitForDelivery(id, village: village.id, state: "played", timeout: 20)
        XCTAssertNotNil(played, a.link?.output.text ?? "")
        XCTAssertEqual(try lines(a, key: "hub:\(id)").first?.zones, ["东头"])
        XCTAssertTrue(a.zoneFile(0).contains { $0 != 0 }, "东头's loudspeaker sounded")
        XCTAssertFalse(a.zoneFile(1).contains { $0 != 0 }, "西头's stayed silent")
        let zones = try await hub.values("SELECT zones FROM play_log WHERE village_id = \(village.id)", as: [String].self)
        XCTAssertEqual(zones, [["东头"]], "the hub's log keeps the zones")

        let known = try await eventuallyAsync {
            try await hub.values("SELECT name FROM zones WHERE village_id = \(village.id) ORDER BY position", as: String.self) == ["东头", "西头"]
        }
        XCTAssertTrue(known, "the link reported the station's zones in its order")
        let before = try await hub.values("SELECT count(*)::int FROM announcements", as: Int.self)
        do {
            _ = try await hub.announce("南头通知", to: [village.id], zones: ["南头"])
            XCTFail("a zone 东村 does not have was accepted")
        } catch {
            let reason = HubError.describe(error)
            XCTAssertTrue(reason.contains("东村 has no zone named 南头: its zones are 东头, 西头"), reason)
        }
        let after = try await hub.values("SELECT count(*)::int FROM announcements", as: Int.self)
        XCTAssertEqual(after, before, "nothing reached the station")
    }

    /// Today's timetable per village: the link uploads the station's program occurrences of
    /// the day on connecting and again after a reload; `dalaba hub status` names the next one.
    func testTheStationsTimetableOfTodayReachesTheHub() async throws {
        let hub = try await TestHub()
        // The station in a zone where it is midday now: its programs minutes from now are
        // today's whatever the hour the test runs.
        let zone = middayZone()
        let (a, village) = try await station(hub, "南村", zones: ["东头", "西头"], timeZone: zone.identifier)
        // Two programs later today, one only in 东头; the reload is what a clerk's edit (or a
        // pushed file) causes.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let now = Date()
        let minute = calendar.component(.hour, from: now) * 60 + calendar.component(.minute, from: now)
        XCTAssertLessThan(minute + 8, 24 * 60, "\(zone.identifier): the programs would be tomorrow's")
        func clock(_ minutes: Int) -> String { String(format: "%d:%02d", minutes / 60, minutes % 60) }
        let first = minute + 5, second = minute + 8
        try "title: 防火提醒\ntext: 天干物燥，小心火烛。\ndays: daily\ntimes: [\(clock(first))]\nzones: [东头]\n"
            .write(to: a.schedules.appendingPathComponent("fire.yaml"), atomically: true, encoding: .utf8)
        try "title: 晚间新闻\ntext: 现在播报新闻。\ndays: daily\ntimes: [\(clock(second))]\n"
            .write(to: a.schedules.appendingPathComponent("news.yaml"), atomically: true, encoding: .utf8)
        _ = try a.control(#"{"cmd":"reload"}"#)
        let uploaded = try await eventuallyAsync(timeout: 15) {
            try await hub.values("SELECT title FROM timetable_programs WHERE village_id = \(village.id) ORDER BY due", as: String.self)
                == ["防火提醒", "晚间新闻"]
        }
        let link = a.link?.output.text ?? ""
        XCTAssertTrue(uploaded, link)
        let zones = try await hub.values("SELECT array_to_string(zones, ',') FROM timetable_programs WHERE village_id = \(village.id) ORDER BY due", as: String.self)
        XCTAssertEqual(zones, ["东头", ""])
        let day = try await hub.values("SELECT to_char(day, 'YYYY-MM-DD') || ' ' || time_zone FROM timetables WHERE village_id = \(village.id)", as: String.self)
        let formatter = DateFormatter()
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd"
        XCTAssertEqual(day, [formatter.string(from: now) + " " + zone.identifier])
        let status = try runProduct("dalaba-hub", ["status"], environment: try await hub.clerk().environment)
        XCTAssertTrue(status.stdout.contains("防火提醒"), status.stdout)
    }

    /// A station's store wiped (a new disk): its play log counts from 1 again. The hub gets the
    /// new lines from the first (none skipped because an old store had those numbers), keeps
    /// the old store's, and takes none twice.
    func testAWipedStationStoreIsUploadedWithoutGapsOrDuplicates() async throws {
        let hub = try await TestHub()
        let (a, village) = try await station(hub, "茅村")
        let first = try await hub.announce("换盘以前的通知", to: [village.id])
        let firstPlayed = try await hub.waitForDelivery(first, village: village.id, state: "played", timeout: 20)
        XCTAssertNotNil(firstPlayed)
        let later = try await hub.announce("下午三点开会", to: [village.id], at: Date().addingTimeInterval(300))
        let laterQueued = try await hub.waitForDelivery(later, village: village.id, state: "queued", timeout: 10)
        XCTAssertNotNil(laterQueued)
        a.killLink()
        a.stopDaemon()
        try a.wipeStore()
        try a.startDaemon()
        XCTAssertEqual((try a.control(#"{"cmd":"queue"}"#)["waiting"] as? [Any])?.count, 0, "the new store holds nothing")
        try a.startLink()
        // What the lost store held queued is handed over again.
        let requeued = eventually(timeout: 10) {
            ((try? a.control(#"{"cmd":"queue"}"#)["waiting"] as? [[String: Any]]) ?? []).contains { $0["text"] as? String == "下午三点开会" }
        }
        XCTAssertTrue(requeued, a.link?.output.text ?? "")
        let second = try await hub.announce("换盘以后的通知", to: [village.id])
        let secondPlayed = try await hub.waitForDelivery(second, village: village.id, state: "played", timeout: 20)
        let now = try await hub.delivery(second, village: village.id)
        XCTAssertNotNil(secondPlayed, "\(String(describing: now))\n\(a.link?.output.text ?? "")")
        let third = try await hub.announce("再一条", to: [village.id])
        let thirdPlayed = try await hub.waitForDelivery(third, village: village.id, state: "played", timeout: 20)
        XCTAssertNotNil(thirdPlayed)
        let rows = try await hub.values(
            "SELECT store || ' ' || seq || ' ' || coalesce(announcement_id::text, '-') FROM play_log WHERE village_id = \(village.id) ORDER BY uploaded_at, seq",
            as: String.self)
        let parts = rows.map { $0.split(separator: " ").map(String.init) }
        guard parts.count == 3, parts.allSatisfy({ $0.count == 3 }) else { return XCTFail("three lines, two stores: \(rows)") }
        XCTAssertEqual(parts.map { $0[1] + " " + $0[2] }, ["1 \(first)", "1 \(second)", "2 \(third)"], "\(rows)")
        XCTAssertNotEqual(parts[0][0], parts[1][0], "two stores")
        XCTAssertEqual(parts[1][0], parts[2][0])
        // A restarted link finds its place in the new store and uploads nothing twice.
        a.killLink(SIGKILL)
        try a.startLink()
        let fourth = try await hub.announce("第四条", to: [village.id])
        let fourthPlayed = try await hub.waitForDelivery(fourth, village: village.id, state: "played", timeout: 20)
        XCTAssertNotNil(fourthPlayed)
        let count = try await hub.values("SELECT count(*) FROM play_log WHERE village_id = \(village.id)", as: Int.self)
        XCTAssertEqual(count, [4])
    }
}
