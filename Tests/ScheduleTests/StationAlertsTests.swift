import CAP
import Foundation
import Messages
import Testing
@testable import Schedule

/// station.yaml's `alerts:` block: every key, its Chinese alias, and the errors it can give.
@Suite struct StationAlertsTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func load(_ text: String) throws -> ScheduleFileResult {
        let url = dir.appendingPathComponent("station.yaml")
        try Data(text.utf8).write(to: url)
        return ScheduleLoader(knownVoices: testVoices).load(file: url, as: .station)
    }

    @Test func readsEveryKey() throws {
        let result = try load("""
            alerts:
              folder: /srv/alerts
              region: 330302
              location: [28.0, 120.65]
              senders: [330300@12379.cn, 330000@12379.cn]
              drills: yes
              repeat_every: 30m
              max_repeats: 6
              repeat: 3
              description_limit: 200
            """)
        #expect(result.diagnostics.isEmpty)
        let expected = AlertPolicy(folder: "/srv/alerts", region: RegionCode("330302"), location: Coordinate(latitude: 28.0, longitude: 120.65),
                                   senders: ["330300@12379.cn", "330000@12379.cn"], drills: true, repeatEvery: 1800,
                                   maxRepeats: 6, readings: 3, descriptionLimit: 200)
        var settings = StationSettings()
        settings.alerts = expected
        #expect(result.content == .station(settings))
    }

    @Test func chineseKeys() throws {
        let result = try load("预警:\n  区划代码: 532927104000\n  位置: 25.31, 100.27\n  演练: 否\n  重播间隔: 10m\n  最多重播: 2\n")
        #expect(result.diagnostics.isEmpty)
        guard case .station(let settings) = result.content else { Issue.record("not settings"); return }
        #expect(settings.alerts?.region?.digits == "532927104000")
        #expect(settings.alerts?.location == Coordinate(latitude: 25.31, longitude: 100.27))
        #expect(settings.alerts?.repeatEvery == 600)
        #expect(settings.alerts?.maxRepeats == 2)
        #expect(settings.alerts?.senders == nil, "no list: any sender")
    }

    @Test func errorsSayHowToWriteIt() throws {
        let result = try load("alerts:\n  region: 3303\n  location: [128.0, 120.65]\n  repeat_every: 10s\n  max_repeats: 100\n  colour: red\n")
        #expect(result.content == .failed)
        #expect(result.diagnostics.map(\.message) == [
            "'3303' is not a region code — write the station's GB/T 2260 code, 6, 9 or 12 digits, like 330302 or 330302001001",
            "latitude 128.0 is not between -90 and 90",
            "repeat_every 10s is out of range — use 1m to 24h",
            "max_repeats 100 is out of range — use 0 to 48",
            "unknown key 'colour' — alerts keys are: folder, region, location, senders, drills, repeat_every, max_repeats, repeat, description_limit",
        ])
        #expect(try load("alerts: on\n").diagnostics.map(\.message).first?.hasPrefix("'alerts' must be a group of keys") == true)
    }

    @Test func catalogHasBothLanguages() {
        #expect(CatalogAudit.problems(AlertSettingsMessage.self, allowed: ["GB/T"]) == [])
    }
}
