import Foundation
import Testing
@testable import Schedule
import Vocabulary

/// A program's `zones:` (分区): a list or a comma string, checked against station.yaml's zones.
@Suite struct ProgramZonesTests {
    func names(_ raw: String...) -> ZoneSelection { .named(raw.map { try! ZoneName(parsing: $0) }) }
    let station = "zones:\n  东头: hw:1 left\n  西头: hw:1 right\n  学校: plughw:2\n"

    func parsed(_ extra: String) -> Program? { parseText(program(extra)).program }

    @Test func aListACommaStringOrOneName() {
        #expect(parsed("zones: [东头, 西头]")?.zones == names("东头", "西头"))
        #expect(parsed("zones:\n  - 东头\n  - 学校")?.zones == names("东头", "学校"))
        #expect(parsed("分区: 东头，西头")?.zones == names("东头", "西头"))
        #expect(parsed("zones: 学校")?.zones == names("学校"))
        #expect(parsed("zones: 全部")?.zones == .all)
        #expect(parsed("")?.zones == .all)
    }

    @Test func badNamesAreErrorsAtTheirPlace() {
        let result = parseText(program("zones: [东头, all]"))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "5:8 '东头, all': 'all' means every zone — write it alone, or list the zones without it",
        ])
        #expect(result.program == nil)
    }

    @Test func anUnknownZoneIsAnErrorNamingTheStationsZones() throws {
        let snapshot = ScheduleSnapshot(files: [
            parseText(program("zones: [东头, 南头]"), name: "notice.yaml"),
            parseText(program("zones: [西头]"), name: "west.yaml"),
            parseText(station, name: "station.yaml"),
        ])
        #expect(snapshot.diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.message)" } == [
            "notice.yaml:5:13 no zone named 南头 — this station's zones are: 东头, 西头, 学校",
        ])
        #expect(snapshot.diagnostics.first?.chinese?.contains("东头, 西头, 学校") == true)
        #expect(snapshot.programs.map(\.file) == ["west.yaml"])
    }

    @Test func aStationWithoutZonesHasNoneToName() {
        let snapshot = ScheduleSnapshot(files: [parseText(program("zones: [东头]"), name: "a.yaml")])
        #expect(snapshot.diagnostics.map(\.message) == [
            "no zone named 东头 — station.yaml names no zones, so every program plays on all loudspeakers; remove 'zones' here or name the zones in station.yaml",
        ])
        #expect(snapshot.programs.isEmpty)
        // `all` is fine anywhere.
        #expect(ScheduleSnapshot(files: [parseText(program("zones: all"), name: "a.yaml")]).diagnostics.isEmpty)
    }

    @Test func aBrokenStationFileIsNotEchoedByEveryProgram() {
        let snapshot = ScheduleSnapshot(files: [
            parseText(program("zones: [东头]"), name: "a.yaml"),
            parseText("zones:\n  东头: hw:1 middle\n", name: "station.yaml"),
        ])
        #expect(snapshot.diagnostics.map(\.file) == ["station.yaml"])
    }

    @Test func aProgramWhoseZoneIsRemovedIsOutAfterReload() {
        let before = ScheduleSnapshot(files: [
            parseText(program("zones: [学校]"), name: "a.yaml"), parseText(station, name: "station.yaml"),
        ])
        #expect(before.programs.map(\.zones) == [names("学校")])
        // station.yaml drops 学校: the program cannot play there, so it is out, with the reason.
        let after = ScheduleSnapshot(files: [
            parseText(program("zones: [学校]"), name: "a.yaml"),
            parseText("zones:\n  东头: hw:1 left\n", name: "station.yaml"),
        ]).keepingLastGood(from: before)
        #expect(after.programs.isEmpty)
        #expect(after.diagnostics.map(\.message) == ["no zone named 学校 — this station's zones are: 东头"])
    }

    /// The example in schedules/README.md ("Zones — 分区") is what check says.
    @Test func theReadmeExampleIsWhatCheckSays() {
        let program = "# 西头停水通知\n标题: 西头停水通知\n内容: 西头的村民请注意，明天上午八点到十二点停水，请提前储水。\n日期: 每天\n时间: [7:30]\n分区: [西边]\n"
        let snapshot = ScheduleSnapshot(files: [
            ScheduleFileParser(knownVoices: testVoices).parse(data: Data(program.utf8), name: "west.yaml", path: "schedules/west.yaml"),
            parseText(station, name: "station.yaml"),
        ])
        #expect(snapshot.diagnostics.map { $0.description(in: .english) } == [
            "schedules/west.yaml:6:6: error: no zone named 西边 — this station's zones are: 东头, 西头, 学校"])
        #expect(snapshot.diagnostics.map { $0.description(in: .chinese) } == [
            "schedules/west.yaml 第 6 行第 6 列 错误：没有叫 西边 的分区，本站的分区是：东头, 西头, 学校"])
    }
}
