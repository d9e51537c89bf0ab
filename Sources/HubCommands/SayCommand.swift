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
        abstract: "Send an announcement to villages: their stations queue and play it.",
        discussion: "`dalaba hub deliveries ID` then shows, per village, when it was queued and played, or why not.")

    @Argument(help: "What the loudspeakers say (Chinese text, as for `dalaba say`).")
    var text: String

    @OptionGroup var targets: VillageTargets

    @Option(help: ArgumentHelp("Only these zones of each village, separated by commas (default: all zones).", valueName: "zones"))
    var zones: String?

    @Option(help: ArgumentHelp("When to play it: HH:MM[:SS] today or YYYY-MM-DDTHH:MM[:SS] (default: at once).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("low, normal, high or emergency (default: normal).", valueName: "priority"))
    var priority: String = "normal"

    @Option(help: ArgumentHelp("Not to be played after this: a length after its time (30m, 2h, 1天) or a time as for --at. A station that could not play it in time reports it missed.", valueName: "when"))
    var expires: String?

    @OptionGroup var options: HubOptions

    func validate() throws {
        if Priority(rawValue: priority) == nil {
            throw ValidationError("--priority \(priority): use one of \(Priority.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() async throws {
        let now = Date()
        let calendar = StationCalendar(timeZone: .current)
        let start: Date?
        do {
            start = try at.map { try calendar.due($0, now: now) }
        } catch {
            throw ValidationError("--at \(error)")
        }
        let end = try expires.map { try Self.expiry($0, after: start ?? now, calendar: calendar, now: now) }
        let announcement = NewAnnouncement(
            text: text, villages: targets.names, zones: zones.map(VillageTargets.names) ?? [], at: start,
            priority: Priority(rawValue: priority)!, expires: end)
        let (id, villages) = try await options.withHub { connection in try await Announcements.say(announcement, on: connection) }
        print(HubMessage.sayDone.localized([
            "id": id, "count": villages.count, "villages": villages.count == 1 ? "village" : "villages",
            "names": villages.map(\.name).joined(separator: Language.current == .chinese ? "、" : ", "),
        ]))
        print(HubMessage.sayHint.localized(["id": id]))
    }

    /// `--expires`: a length (the one duration grammar) after `start`, else a time as for --at.
    static func expiry(_ text: String, after start: Date, calendar: StationCalendar, now: Date) throws -> Date {
        if let seconds = try? DurationText.seconds(text), seconds > 0 { return start.addingTimeInterval(seconds) }
        do {
            return try calendar.due(text, now: now)
        } catch {
            throw ValidationError("--expires \(text) is neither a length (30m, 2h, 1天) nor a time (HH:MM, YYYY-MM-DDTHH:MM).")
        }
    }
}
