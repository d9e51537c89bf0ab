import ArgumentParser
import ControlWire
import Foundation
import Hub
import Messages

/// `dalaba hub history`: what the stations played, from their uploaded play logs.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: HubHelp.historyAbstract.localized())

    @Option(help: ArgumentHelp(HubHelp.historyVillage.localized(), valueName: "name"))
    var village: String?

    @Option(help: ArgumentHelp(HubHelp.historyDate.localized(), valueName: "date"))
    var date: String?

    @Flag(help: ArgumentHelp(HubHelp.historyCSV.localized()))
    var csv = false

    @OptionGroup var options: HubOptions

    func run() async throws {
        let interval: DateInterval?
        do {
            interval = try date.map { try StationCalendar(timeZone: .current).day($0, now: Date()) }
        } catch {
            throw ValidationError(HubHelp.badDate.localized(["error": "\(error)"]))
        }
        let records = try await options.withHub { connection in
            try await Reports.history(village: village, interval: interval, on: connection)
        }
        print(Self.render(records, csv: csv, text: HubText()), terminator: csv ? "" : "\n")
    }

    static func render(_ records: [PlayRecord], csv: Bool, text: HubText) -> String {
        if csv {
            let header = ["village", "seq", "due", "started", "finished", "outcome", "source", "announcement", "title", "text", "reason"]
            return HubText.csv(header, records.map {
                [$0.village, String($0.seq), text.fullTime($0.dueAt), text.fullTime($0.startedAt), text.fullTime($0.finishedAt), $0.outcome,
                 $0.source ?? "", $0.announcementID.map(String.init) ?? "", $0.title ?? "", $0.text ?? "", $0.reason ?? ""]
            })
        }
        guard !records.isEmpty else { return HubMessage.historyNone.localized() }
        let header = [HubMessage.columnVillage, .columnDue, .columnStarted, .columnOutcome, .columnSource, .columnHubID, .columnText,
                      .columnReason].map { $0.localized() }
        return HubText.table(header, records.map {
            [$0.village, text.time($0.dueAt), text.time($0.startedAt), HubMessage.state($0.outcome), $0.source ?? "-",
             $0.announcementID.map(String.init) ?? "-", $0.title ?? $0.text ?? "", $0.reason ?? ""]
        })
    }
}
