import Foundation
import Testing
@testable import Schedule
import Vocabulary

/// `zones:` (分区) of station.yaml: names and where each plays, errors at the zone's line.
@Suite struct StationZonesTests {
    func station(_ yaml: String) -> ScheduleFileResult { parseText(yaml, name: "station.yaml") }
    func lines(_ result: ScheduleFileResult) -> [String] { result.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } }
    func zone(_ name: String) -> ZoneName { try! ZoneName(parsing: name) }

    @Test func channelsOfOneCardAndAWholeDevice() throws {
        let result = station("zones:\n  东头: hw:1 left        # a channel of a card\n  西头: hw:1 right\n  学校: plughw:2\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.zones.names == [zone("东头"), zone("西头"), zone("学校")])
        #expect(settings.zones.zones.map(\.route) == [
            ZoneRoute(device: "hw:1", channel: 0), ZoneRoute(device: "hw:1", channel: 1), ZoneRoute(device: "plughw:2"),
        ])
        #expect(settings.zones.areNamed)
    }

    @Test func longFormChineseKeysAndChannelSpellings() throws {
        let result = station("分区:\n  东头: {device: hw:1, channel: left}\n  西头: {设备: hw:1, 声道: 右}\n  南头: alsa:hw:2 channel 3\n  北头: hw:2 ２\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.zones.zones.map(\.route) == [
            ZoneRoute(device: "hw:1", channel: 0), ZoneRoute(device: "hw:1", channel: 1),
            ZoneRoute(device: "hw:2", channel: 3), ZoneRoute(device: "hw:2", channel: 2),
        ])
    }

    /// With zones the level goes onto each zone's samples (two zones on one card share its one
    /// control), so `mixer:` is not used: said at its line, as a warning, instead of silently.
    @Test func mixerWithZonesIsAWarningAtItsLine() throws {
        let result = station("mixer: Speaker\nzones:\n  东头: hw:1 left\n  西头: hw:1 right\n")
        guard case .station(let settings) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(settings.zones.areNamed)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(lines(result).first?.hasPrefix("1:1 'mixer' is not used with zones") == true, "\(lines(result))")
        // Without zones, mixer: is the station's level control: nothing to say.
        #expect(station("mixer: Speaker\n").diagnostics.isEmpty)
    }

    @Test func withoutZonesTheStationIsOneWholeZone() throws {
        for yaml in ["", "grace: 5m\n", "zones:\n"] {
            guard case .station(let settings) = station(yaml).content else { Issue.record("\(yaml)"); continue }
            #expect(settings.zones == .whole && !settings.zones.areNamed)
        }
    }

    @Test func errorsNameTheZoneAndItsLine() {
        let result = station("zones:\n  东头: hw:1 left\n  西头: hw:1 left\n  学校:\n  村委: hw:3 middle\n  all: hw:4\n  南头: {channel: left}\n  北头: hw:5 left extra\n")
        #expect(lines(result) == [
            "3:3 zones 东头 and 西头 both play on hw:1 — give each its own device or its own channel (left/right)",
            "4:3 zone 学校 needs a device — e.g. 学校: hw:1 left",
            "5:7 channel 'middle' is not known — write left, right or a number from 0 to 7",
            "6:3 a zone may not be called 'all': that word means every zone",
            "7:7 zone 南头 needs a device — e.g. 南头: {device: hw:1, channel: left}",
            "8:7 zone 北头: 'hw:5 left extra' is not a device and channel — write the ALSA device, then left, right or a channel number, e.g. 北头: hw:1 left",
        ])
        #expect(result.diagnostics.allSatisfy { $0.chinese != nil && $0.chinese != $0.message })
        if case .station = result.content { Issue.record("a station with bad zones loaded") }
    }

    @Test func aListIsNotAGroupAndTwiceIsTwice() {
        #expect(lines(station("zones: [东头, 西头]\n")) == [
            "1:8 'zones' must be a group: one zone a line, its name, a colon and where it plays — e.g. {东头: hw:1 left, 西头: hw:1 right}",
        ])
        // The same key twice is the file's error; names that differ only in width are the zones'.
        #expect(lines(station("zones:\n  东头: hw:1\n  东头: hw:2\n")) == ["3:3 '东头' is given twice — it is already at line 2; keep one"])
        let twice = station("zones:\n  School1: hw:1\n  Ｓｃｈｏｏｌ１: hw:2\n")
        #expect(lines(twice) == ["3:3 zone School1 is named twice — give each zone its own name"])
        #expect(twice.diagnostics.first?.chinese == "分区 School1 写了两次，每个分区要有自己的名字")
        #expect(lines(station("zones:\n  东头: {device: hw:1, chanel: left}\n")).first?.contains("did you mean 'channel'") == true)
    }

    /// The Chinese example of schedules/README.md ("Zones — 分区") reads as the English one.
    @Test func theReadmeExamplesReadAlike() throws {
        let english = station("zones:                    # 分区\n  东头: hw:1 left         # the left channel of card 1\n  西头: hw:1 right        # its right channel\n  学校: plughw:2          # a whole device of its own\n")
        let chinese = station("分区:\n  东头: hw:1 左\n  西头: {设备: hw:1, 声道: 右}\n  学校: {device: plughw:2}\n")
        guard case .station(let a) = english.content, case .station(let b) = chinese.content else {
            Issue.record("\(english.diagnostics) \(chinese.diagnostics)"); return
        }
        #expect(a.zones == b.zones && a.zones.names.count == 3)
    }
}
