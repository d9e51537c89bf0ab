import Foundation
import Testing
import Vocabulary

@testable import Control
@testable import Station

/// `say` with `zones`: names of the station's zones, every zone when absent (old clients).
@Suite(.serialized) struct ControlZonesTests {
    func zone(_ name: String) -> ZoneName { try! ZoneName(parsing: name) }

    func harness(zoned: Bool = true) throws -> ControlHarness {
        let harness = try ControlHarness()
        if zoned {
            harness.commands.zones = try StationZones([
                .init(name: zone("东头"), route: ZoneRoute(device: "hw:1", channel: 0)),
                .init(name: zone("西头"), route: ZoneRoute(device: "hw:1", channel: 1)),
            ])
        }
        return harness
    }

    func say(_ harness: ControlHarness, _ json: String) throws -> [String: Any] {
        try harness.raw(Data(json.utf8 + [0x0A]))
    }

    func waitingZones(_ harness: ControlHarness) -> [ZoneSelection] {
        harness.engine.upcoming(through: Date().addingTimeInterval(7 * 86_400)).waiting.map(\.draft.zones)
    }

    @Test func aRequestWithoutZonesPlaysEverywhere() throws {
        let harness = try harness()
        let reply = try say(harness, #"{"cmd":"say","text":"开会","at":"2099-01-01T08:00"}"#)
        #expect(reply["ok"] as? Bool == true, "\(reply)")
        #expect(waitingZones(harness) == [.all])
    }

    @Test func namedZonesAreKept() throws {
        let harness = try harness()
        let reply = try say(harness, #"{"cmd":"say","text":"停水","at":"2099-01-01T08:00","zones":["西头"]}"#)
        #expect(reply["ok"] as? Bool == true, "\(reply)")
        #expect(waitingZones(harness) == [.named([zone("西头")])])
    }

    @Test func unknownZonesAreRefusedNamingTheKnownOnes() throws {
        let harness = try harness()
        let cases = [
            #"{"cmd":"say","text":"x","zones":["东头","南头"]}"#: "no zone named 南头 — this station's zones are: 东头, 西头",
            #"{"cmd":"say","text":"x","zones":["东头","all"]}"#: "'东头, all': 'all' means every zone — write it alone, or list the zones without it",
            #"{"cmd":"say","text":"x","zones":"东头"}"#: "\"zones\" must be an array",
        ]
        for (json, message) in cases {
            let error = try say(harness, json)["error"] as? [String: Any]
            #expect(error?["code"] as? String == "bad_request", "\(json)")
            #expect(error?["message"] as? String == message, "\(json)")
        }
        #expect(harness.engine.status().queueLength == 0)
    }

    @Test func aStationWithoutZonesRefusesNamesButTakesAll() throws {
        let harness = try harness(zoned: false)
        let error = try say(harness, #"{"cmd":"say","text":"x","zones":["东头"]}"#)["error"] as? [String: Any]
        #expect(error?["message"] as? String == "no zone named 东头 — this station has no zones (station.yaml names none); leave out --zones")
        let reply = try say(harness, #"{"cmd":"say","text":"x","at":"2099-01-01T08:00","zones":["all"]}"#)
        #expect(reply["ok"] as? Bool == true, "\(reply)")
        #expect(waitingZones(harness) == [.all])
    }
}
