import Foundation
import Hub
import HubTestSupport
import StationTestSupport
import XCTest

/// Issue #16's acceptance in a real browser: headless Chromium, driven over WebDriver, signs in to
/// `dalaba-console` as a village clerk and as township staff, sends notices, and sees them played
/// by a real station (dalabad + dalaba-link) in the 播出记录 log. Nothing is skipped: a missing
/// browser, console feature or page fails the test.
final class ConsoleBrowserTests: XCTestCase {
    nonisolated(unsafe) static var township: ConsoleTownship!
    nonisolated(unsafe) static var browser: Browser!
    nonisolated(unsafe) static var station: Station?
    nonisolated(unsafe) static var setUpError: Error?
    /// The station's zone: one where it is midday when the class starts, so that a program set
    /// 40 minutes later is on the station's today whatever the hour the tests run.
    static let stationZone = middayZone()

    static let clerk = (name: "王芳", password: "maocun-clerk-2026", village: "茅村")
    static let staff = (name: "李明", password: "township-staff-26")
    static let villageNames = ["茅村", "李庄", "桃源村", "石桥村"]

    override class func setUp() {
        super.setUp()
        do {
            let township = try runBlocking { try await ConsoleTownship() }
            Self.township = township
            for name in villageNames { _ = try runBlocking { try await township.addVillage(name) } }
            try township.addPerson(clerk.name, password: clerk.password, village: clerk.village)
            try township.addPerson(staff.name, password: staff.password, village: nil)
            try township.startConsole()
            station = try township.startStation(clerk.village, timeZone: stationZone.identifier)
            browser = try Browser()
        } catch {
            setUpError = error
        }
    }

    override class func tearDown() {
        browser?.quit()
        station?.stop()
        township?.remove()
        super.tearDown()
    }

    override func setUpWithError() throws {
        if let error = Self.setUpError { throw error }
    }

    var driver: WebDriver { Self.browser.driver }
    var base: String { Self.township.consoleURL }

    func village(_ name: String) throws -> Village {
        guard let village = Self.township.villages[name]?.village else { throw HarnessError("no village \(name)") }
        return village
    }

    // MARK: Steps

    /// Signs out (a fresh browser state) and in through the login page's form.
    func signIn(_ name: String, _ password: String) throws {
        try driver.command("DELETE", "/cookie")
        try driver.go(base + "/login")
        let nameField = try driver.find("form [name=name]")
        try driver.clear(nameField)
        try driver.type(name, into: nameField)
        try driver.type(password, into: try driver.find("form [name=password]"))
        try driver.click(try driver.find("form:has([name=password]) [type=submit]"))
        XCTAssertTrue(driver.wait(timeout: 10) { try driver.currentURL().hasSuffix("/villages") },
                      "after signing in as \(name): \((try? driver.currentURL()) ?? "?") \((try? driver.pageSource().prefix(2000)) ?? "")")
    }

    /// The village ids of the overview's rows.
    func overviewVillageIDs() throws -> Set<Int> {
        try driver.go(base + "/villages")
        return Set(try driver.findAll("tr[data-village-id]").compactMap { Int(try driver.attribute("data-village-id", of: $0) ?? "") })
    }

    /// Types a notice on the 插播 page, ticks `villages`, sends it; the announcement's id from
    /// the page it lands on (/deliveries/<id>).
    func sendNotice(_ text: String, to villages: [Village]) throws -> Int64 {
        try driver.go(base + "/say")
        try driver.type(text, into: try driver.find("form [name=text]"))
        for village in villages {
            let box = try driver.find("form input[name=villages][value='\(village.id)']")
            if (try driver.property("checked", of: box) as? Bool) != true { try driver.click(box) }
        }
        // The notice's own form: the page has others (退出 in the header is a form too).
        try driver.click(try driver.find("form:has([name=text]) [type=submit]"))
        var id: Int64?
        _ = driver.wait(timeout: 15) {
            let url = try driver.currentURL()
            guard let range = url.range(of: "/deliveries/") else { return false }
            id = Int64(url[range.upperBound...].prefix { $0.isNumber })
            return id != nil
        }
        guard let id else {
            throw HarnessError("sending did not lead to /deliveries/<id>: \((try? driver.currentURL()) ?? "?") \((try? driver.pageSource().prefix(3000)) ?? "")")
        }
        return id
    }

    /// Waits for the hub to record the station's `played`, then for the 播出记录 page to show it.
    func waitUntilShownPlayed(_ id: Int64, in village: Village, timeout: TimeInterval = 60) throws {
        var state: String?
        let played = try eventually(timeout: timeout) {
            state = try runBlocking { try await Self.township.delivery(announcement: id, village: village) }
            return state == "played"
        }
        XCTAssertTrue(played, "the hub has \(state ?? "no delivery") for announcement \(id) in \(village.name); station: \(Self.station?.link?.output.text.suffix(1500) ?? "")")
        guard played else { return }
        // The log (播出记录) and the announcement's own page: the village's row reads as played.
        for (path, row) in [("/deliveries", "section.announcement:has(a[href='/deliveries/\(id)']) \(Self.row(village))"),
                            ("/deliveries/\(id)", Self.row(village))] {
            let shown = driver.wait(timeout: 10) {
                try driver.go(base + path)
                return try driver.findAll(row + ".state-played").count == 1
            }
            XCTAssertTrue(shown, "\(path) does not show announcement \(id) played in \(village.name): \((try? driver.pageSource().prefix(4000)) ?? "")")
        }
    }

    /// A village's row in a table of deliveries.
    static func row(_ village: Village) -> String { "tr[data-village-id='\(village.id)']" }

    // MARK: Tests

    func testClerkSignsInSeesOnlyTheirVillageSendsANoticeAndSeesItPlayed() throws {
        try signIn(Self.clerk.name, Self.clerk.password)
        let own = try village(Self.clerk.village)
        XCTAssertEqual(try overviewVillageIDs(), [own.id])
        let text = "各位村民请注意，明天上午九点在村委会开会。"
        let id = try sendNotice(text, to: [own])
        try waitUntilShownPlayed(id, in: own)
        XCTAssertTrue(try driver.pageSource().contains(text))
    }

    func testTownshipStaffSeesEveryVillageSendsToSeveralAndSeesItPlayed() throws {
        try signIn(Self.staff.name, Self.staff.password)
        let all = try Self.villageNames.map(village)
        XCTAssertEqual(try overviewVillageIDs(), Set(all.map(\.id)))
        let withStation = try village(Self.clerk.village)
        let id = try sendNotice("明天上午八点至下午五点全乡停电，请提前做好准备。", to: [withStation, try village("李庄")])
        try waitUntilShownPlayed(id, in: withStation)
        // 李庄 has no station running: its delivery stays pending, and the page does not say played.
        let other = try village("李庄")
        XCTAssertEqual(try runBlocking { try await Self.township.delivery(announcement: id, village: other) }, "pending")
        try driver.go(base + "/deliveries/\(id)")
        XCTAssertEqual(try driver.findAll(Self.row(other)).count, 1, "no row for 李庄 on the announcement's page")
        XCTAssertEqual(try driver.findAll(Self.row(other) + ".state-played").count, 0)
    }

    /// A notice with markup is text on every page that shows it: the announcement, 播出记录, the
    /// overview (playing now) and 节目 (a station's reason quoting it, a program's file name).
    /// No script of it runs, no element of it is made.
    func testMarkupInANoticeIsShownAsText() throws {
        try signIn(Self.staff.name, Self.staff.password)
        let text = "<script>window.dalabaInjected = 1</script><b>停水</b>通知"
        let shiqiao = try village("石桥村")
        let id = try sendNotice(text, to: [shiqiao])
        // Playing now at 石桥村 (it has no station: set as its station would report it), so the
        // overview shows it; and a program 石桥村 refused, its reason quoting the same words.
        let fileName = "<img src=x onerror=\"window.dalabaInjected = 2\">.yaml"
        _ = try runBlocking {
            try await Self.township.values("UPDATE deliveries SET state = 'playing' WHERE announcement_id = \(id) RETURNING village_id", as: Int.self)
        }
        _ = try runBlocking {
            try await Self.township.values("""
                WITH program AS (INSERT INTO programs (file_name, yaml) VALUES (\(fileName), 'title: x') RETURNING id)
                INSERT INTO program_targets (program_id, village_id, state, reason)
                SELECT id, \(shiqiao.id), 'refused', \(text) FROM program RETURNING village_id
                """, as: Int.self)
        }
        defer {
            _ = try? runBlocking {
                try await Self.township.values("UPDATE deliveries SET state = 'pending' WHERE announcement_id = \(id) RETURNING village_id", as: Int.self)
            }
        }
        for path in ["/deliveries/\(id)", "/deliveries", "/villages", "/programs"] {
            try driver.go(base + path)
            XCTAssertNil(try driver.execute("return window.dalabaInjected === undefined ? null : window.dalabaInjected"), path)
            XCTAssertEqual(try driver.findAll("b").filter { try driver.text(of: $0) == "停水" }.count, 0, path)
            XCTAssertEqual(try driver.findAll("img").count, 0, path)
            let shown = try driver.execute("return document.body.innerText") as? String ?? ""
            XCTAssertTrue(shown.contains("<script>window.dalabaInjected = 1</script><b>停水</b>通知"), "\(path): \(shown)")
            if path == "/programs" { XCTAssertTrue(shown.contains(fileName), "\(path): \(shown)") }
        }
    }

    /// 节目 shows the station's timetable of today: a schedule file added at 茅村's real station
    /// (dalabad reloads it), its link uploads the day, and the page shows the program as the next
    /// one, at its time on the station's clock (`stationZone`), with its zones and file.
    func testTheProgramsPageShowsTheStationsTimetableOfToday() throws {
        let station = try XCTUnwrap(Self.station)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.stationZone
        let due = Date().addingTimeInterval(40 * 60)
        XCTAssertTrue(calendar.isDate(due, inSameDayAs: Date()), "\(Self.stationZone.identifier): the program would be tomorrow's")
        let parts = calendar.dateComponents([.hour, .minute], from: due)
        let clock = String(format: "%02d:%02d", parts.hour!, parts.minute!)
        let file = station.schedules.appendingPathComponent("browser-timetable.yaml")
        try "title: 浏览器节目表\ntext: 这是节目表测试。\ndays: daily\ntimes: [\(clock)]\n".write(to: file, atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(at: file)
            _ = try? station.control(#"{"cmd":"reload"}"#)
        }
        _ = try station.control(#"{"cmd":"reload"}"#)
        let own = try village(Self.clerk.village)
        let uploaded = try eventually(timeout: 20) {
            try runBlocking {
                try await Self.township.values("SELECT title FROM timetable_programs WHERE village_id = \(own.id)", as: String.self)
            }.contains("浏览器节目表")
        }
        XCTAssertTrue(uploaded, "the link did not upload the timetable: \(station.link?.output.text.suffix(1500) ?? "")")
        try signIn(Self.clerk.name, Self.clerk.password)
        try driver.go(base + "/programs")
        let next = try driver.find("#timetable-\(own.id) tr.next")
        let row = try driver.text(of: next)
        XCTAssertTrue(row.contains(clock) && row.contains("浏览器节目表") && row.contains("全村") && row.contains("browser-timetable.yaml"), row)
        let heading = try driver.text(of: try driver.find("#timetable-\(own.id) h3"))
        XCTAssertEqual(heading, Self.clerk.village)
    }

    /// The 插播 page shows the reading before sending (看读音) and plays the station's rendering
    /// (试听): ConsolePreview through the console.
    func testTheSayPageShowsTheReadingAndPlaysThePreview() throws {
        try signIn(Self.clerk.name, Self.clerk.password)
        try driver.go(base + "/say")
        try driver.type("各位村民请注意", into: try driver.find("form [name=text]"))
        // dalaba-console is started with --voices: the page offers 看读音/试听, never "not available".
        XCTAssertFalse(try driver.pageSource().contains("读音预览暂不可用"), "dalaba-console started without its preview")
        try driver.click(try driver.find("[data-preview]"))
        let shown = driver.wait(timeout: 20) {
            try driver.text(of: try driver.find("[data-preview-result]")).contains("cūnmín")
        }
        XCTAssertTrue(shown, "no reading (cūnmín) on the 插播 page: \((try? driver.text(of: try driver.find("[data-preview-result]"))) ?? "")")
        try driver.click(try driver.find("[data-preview-audio]"))
        // The player gets the WAV and can play it: a duration of a few seconds, chime included.
        var duration = 0.0
        let loaded = driver.wait(timeout: 30) {
            duration = (try driver.execute("const a = document.querySelector('[data-preview-player]'); return a && !a.hidden && a.readyState >= 1 ? a.duration : 0") as? Double) ?? 0
            return duration > 1
        }
        XCTAssertTrue(loaded, "the 试听 player did not load a sound (duration \(duration))")
    }

    /// Each main page at a phone's 360 px and a desktop's 1280 px, as staff (every village).
    /// Written to $DALABA_SCREENSHOTS (`make screenshots`: docs/screenshots/), else a temporary
    /// folder; each must be a PNG of exactly that width.
    func testScreenshotsOfEachMainPage() throws {
        let directory = ProcessInfo.processInfo.environment["DALABA_SCREENSHOTS"].map(URL.init(fileURLWithPath:))
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-screenshots-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try driver.command("DELETE", "/cookie")
        var pages = [("login", "/login")]
        for (name, path) in pages { try shoot(name, path, into: directory) }
        try signIn(Self.staff.name, Self.staff.password)
        pages = [("villages", "/villages"), ("say", "/say"), ("programs", "/programs"), ("deliveries", "/deliveries"), ("emergency", "/emergency")]
        for (name, path) in pages { try shoot(name, path, into: directory) }
    }

    private func shoot(_ name: String, _ path: String, into directory: URL) throws {
        for width in [360, 1280] {
            try driver.go(base + path)
            let landed = try driver.currentURL()
            XCTAssertTrue(landed.hasSuffix(path), "\(path) went to \(landed)")
            let (png, scrollWidth) = try driver.screenshot(width: width, mobile: width < 600)
            XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(name) is not a PNG")
            // IHDR: width at bytes 16–19, big-endian.
            let pngWidth = png.count > 20 ? png[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
            XCTAssertEqual(pngWidth, width, "\(name) at \(width) px")
            // Nothing wider than the screen: a phone must not scroll sideways.
            XCTAssertLessThanOrEqual(scrollWidth, width, "\(path) is \(scrollWidth) px wide at \(width) px")
            try png.write(to: directory.appendingPathComponent("\(name)-\(width).png"))
        }
    }
}

/// Runs async set-up from XCTest's synchronous class methods.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
