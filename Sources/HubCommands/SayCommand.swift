import ArgumentParser
import ControlWire
import Foundation
import Hub
import Messages
import Vocabulary

/// `dalaba hub say TEXT (--villages … | --all)`: one announcement to the villages' stations.
struct SayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: HubHelp.sayAbstract.localized(),
        discussion: HubHelp.sayDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.sayText.localized()))
    var text: String

    @OptionGroup var targets: VillageTargets

    @Option(help: ArgumentHelp(HubHelp.sayZones.localized(), valueName: "zones"))
    var zones: String?

    @Option(help: ArgumentHelp(HubHelp.sayAt.localized(), valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp(HubHelp.sayPriority.localized(), valueName: "priority"))
    var priority: String = "normal"

    @Option(help: ArgumentHelp(HubHelp.sayExpires.localized(), valueName: "when"))
    var expires: String?

    @OptionGroup var options: HubOptions

    func validate() throws {
        if Priority(rawValue: priority) == nil {
            throw ValidationError(HubHelp.badPriority.localized([
                "priority": priority, "priorities": Priority.allCases.map(\.rawValue).joined(separator: ", "),
            ]))
        }
    }

    func run() async throws {
        let now = Date()
        let calendar = StationCalendar(timeZone: .current)
        let start: Date?
        do {
            start = try at.map { try calendar.due($0, now: now) }
        } catch {
            throw ValidationError(HubHelp.badAt.localized(["error": "\(error)"]))
        }
        let end = try expires.map { try Self.expiry($0, after: start ?? now, calendar: calendar, now: now) }
        let announcement = NewAnnouncement(
            text: text, villages: targets.names, zones: zones.map(VillageTargets.names) ?? [], at: start,
            priority: Priority(rawValue: priority)!, expires: end)
        let (id, villages, unchecked) = try await options.withHub { connection in
            let (id, villages) = try await Announcements.say(announcement, on: connection)
            let unchecked = announcement.zones.isEmpty ? [] : try await Announcements.villagesWithUnknownZones(villages.map(\.id), on: connection)
            return (id, villages, unchecked)
        }
        let separator = Language.current == .chinese ? "、" : ", "
        print(HubMessage.sayDone.localized([
            "id": id, "count": villages.count, "villages": villages.count == 1 ? "village" : "villages",
            "names": villages.map(\.name).joined(separator: separator),
        ]))
        // Accepted unchecked: the hub has never heard these villages' zones (docs/hub.md, "Zones").
        if !unchecked.isEmpty { print(HubMessage.zonesNotChecked.localized(["names": unchecked.joined(separator: separator)])) }
        print(HubMessage.sayHint.localized(["id": id]))
    }

    /// `--expires`: a length (the one duration grammar) after `start`, else a time as for --at.
    static func expiry(_ text: String, after start: Date, calendar: StationCalendar, now: Date) throws -> Date {
        if let seconds = try? DurationText.seconds(text), seconds > 0 { return start.addingTimeInterval(seconds) }
        do {
            return try calendar.due(text, now: now)
        } catch {
            throw ValidationError(HubHelp.badExpires.localized(["text": text]))
        }
    }
}
