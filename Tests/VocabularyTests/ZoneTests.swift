import Foundation
import Testing
import Vocabulary

@Suite struct ZoneTests {
    func name(_ text: String) throws -> ZoneName { try ZoneName(parsing: text) }

    @Test func namesAreFoldedAndChecked() throws {
        #expect(try name(" 东头 ").text == "东头")
        #expect(try name("ＳＣＨＯＯＬ２") == name("SCHOOL2"))
        #expect(throws: ValueError("a zone needs a name, like 东头 or school")) { try ZoneName(parsing: "  ") }
        #expect(throws: ValueError("zone name 'a,b' may not contain commas, brackets, quotes or control characters")) {
            try ZoneName(parsing: "a,b")
        }
        #expect(throws: ValueError.self) { try ZoneName(parsing: "东\u{7}头") }
        #expect(throws: ValueError.self) { try ZoneName(parsing: String(repeating: "村", count: 33)) }
    }

    @Test func selectionsAsWrittenInProgramsAndOnTheCommandLine() throws {
        let both = ZoneSelection.named([try name("东头"), try name("西头")])
        #expect(try ZoneSelection(parsing: "[东头, 西头]") == both)
        #expect(try ZoneSelection(parsing: "东头，西头") == both)
        #expect(try ZoneSelection(parsing: "东头、西头、东头") == both)
        #expect(try ZoneSelection(names: ["东头", " 西头"]) == both)
        #expect(try ZoneSelection(parsing: "全部") == .all)
        #expect(try ZoneSelection(parsing: "ALL") == .all)
        #expect(try ZoneSelection(parsing: "[]") == .all)
        #expect(throws: ValueError.self) { try ZoneSelection(parsing: "东头, all") }
        #expect(both.description == "东头, 西头")
        #expect(try both.includes(name("西头")) && !both.includes(name("学校")))
        #expect(ZoneSelection.all.includes(try name("学校")))
    }

    @Test func resolvingAgainstTheStationNamesUnknownZones() throws {
        let station = [try name("东头"), try name("西头"), try name("学校")]
        #expect(try ZoneSelection.all.resolve(among: station) == station)
        // The station's order, not the order written.
        #expect(try ZoneSelection(parsing: "学校, 东头").resolve(among: station) == [station[0], station[2]])
        #expect(throws: ValueError("no zone named 南头 — this station's zones are: 东头, 西头, 学校")) {
            try ZoneSelection(parsing: "东头, 南头").resolve(among: station)
        }
    }

    @Test func selectionsTravelAsListsAndOldRecordsMeanAll() throws {
        let both = try ZoneSelection(parsing: "东头, 西头")
        let data = try JSONEncoder().encode(both)
        #expect(String(decoding: data, as: UTF8.self) == #"["东头","西头"]"#)
        #expect(try JSONDecoder().decode(ZoneSelection.self, from: data) == both)
        #expect(try JSONDecoder().decode(ZoneSelection.self, from: Data("[]".utf8)) == .all)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ZoneSelection.self, from: Data(#"["a,b"]"#.utf8)) }
    }

    @Test func routesAndStationZones() throws {
        #expect(try ZoneRoute.channel(parsing: "left") == 0)
        #expect(try ZoneRoute.channel(parsing: "右") == 1)
        #expect(try ZoneRoute.channel(parsing: "3") == 3)
        #expect(throws: ValueError("channel 'middle' is not known — write left, right or a number from 0 to 7")) {
            try ZoneRoute.channel(parsing: "middle")
        }
        #expect(ZoneRoute(device: "hw:1", channel: 1).description == "hw:1 right")

        let east = StationZones.Zone(name: try name("东头"), route: ZoneRoute(device: "hw:1", channel: 0))
        let west = StationZones.Zone(name: try name("西头"), route: ZoneRoute(device: "hw:1", channel: 1))
        let school = StationZones.Zone(name: try name("学校"), route: ZoneRoute(device: "hw:2"))
        let zones = try StationZones([east, west, school])
        #expect(zones.names.map(\.text) == ["东头", "西头", "学校"])
        #expect(zones.areNamed)
        #expect(try StationZones([]) == .whole)
        #expect(!StationZones.whole.areNamed && StationZones.whole.names == [.whole])

        #expect(throws: ValueError("zone 东头 is named twice — give each zone its own name")) {
            try StationZones([east, StationZones.Zone(name: east.name, route: ZoneRoute(device: "hw:3"))])
        }
        // One channel twice, or a whole device that another zone uses by channel.
        #expect(throws: ValueError.self) {
            try StationZones([east, StationZones.Zone(name: try name("南头"), route: ZoneRoute(device: "hw:1", channel: 0))])
        }
        #expect(throws: ValueError("zones 东头 and 南头 both play on hw:1 — give each its own device or its own channel (left/right)")) {
            try StationZones([east, StationZones.Zone(name: try name("南头"), route: ZoneRoute(device: "hw:1"))])
        }
        #expect(throws: ValueError("a zone may not be called '全部': that word means every zone")) {
            try StationZones([StationZones.Zone(name: try name("全部"), route: nil)])
        }
    }
}
