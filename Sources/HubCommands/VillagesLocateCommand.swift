import ArgumentParser
import Foundation
import Hub
import Messages

/// `dalaba hub villages locate NAME LAT,LON`: where a village's loudspeakers are, for CAP
/// alerts that draw their area as a polygon or circle (docs/hub.md, "Alerts").
struct VillagesLocateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: HubHelp.locateAbstract.localized())

    @Argument(help: ArgumentHelp(HubHelp.locateVillage.localized()))
    var name: String

    @Argument(help: ArgumentHelp(HubHelp.locateLocation.localized()))
    var location: String?

    @Flag(help: ArgumentHelp(HubHelp.locateClear.localized()))
    var clear = false

    @OptionGroup var options: HubOptions

    func validate() throws {
        if clear == (location != nil) { throw ValidationError(HubHelp.locateWhich.localized()) }
        if let location, Self.coordinates(location) == nil {
            throw ValidationError(HubHelp.badLocation.localized(["text": location]))
        }
    }

    func run() async throws {
        let point = location.flatMap(Self.coordinates)
        try await options.withHub { connection in
            try await Villages.locate(name: name, latitude: point?.0, longitude: point?.1, on: connection)
        }
        print(HubMessage.villageLocated.localized(["village": name, "location": location ?? "-"]))
    }

    static func coordinates(_ text: String) -> (Double, Double)? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]),
              (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        return (latitude, longitude)
    }
}
