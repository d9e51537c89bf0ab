import ArgumentParser
import Hub
import Messages
import Vocabulary

/// `dalaba hub status`: each village's station as its link last reported it.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HubHelp.statusAbstract.localized())

    @Option(help: ArgumentHelp(HubHelp.offlineAfter.localized(), valueName: "length"))
    var offlineAfter: String = "90s"

    @OptionGroup var options: HubOptions

    func run() async throws {
        guard let silence = try? DurationText.seconds(offlineAfter), silence > 0 else {
            throw ValidationError(HubHelp.badOfflineAfter.localized(["text": offlineAfter]))
        }
        let villages = try await options.withHub { connection in try await Reports.status(offlineAfter: silence, on: connection) }
        print(Self.render(villages, text: HubText()))
    }

    static func render(_ villages: [VillageStatus], text: HubText) -> String {
        guard !villages.isEmpty else { return HubMessage.statusNone.localized() }
        let rows = villages.map { village -> [String] in
            let seen = village.lastSeen.map {
                HubMessage.ago.localized(["time": text.time($0), "duration": HubText.duration(village.silence ?? 0)])
            } ?? HubMessage.never.localized()
            return [
                village.name, village.code, (village.online ? HubMessage.online : .offline).localized(), seen, village.speaker ?? "-",
                village.scheduleErrors.map(String.init) ?? "-", HubText.offset(village.clockOffsetMilliseconds), village.version ?? "-",
                village.nextProgram.map { text.time($0.due) + " " + $0.title } ?? "-",
            ]
        }
        let offline = villages.filter { !$0.online }.count
        let summary = offline == 0
            ? HubMessage.statusAllOnline.localized(["count": villages.count])
            : HubMessage.statusOffline.localized(["offline": offline, "count": villages.count])
        let header = [HubMessage.columnVillage, .columnCode, .columnState, .columnLastSeen, .columnSpeaker, .columnScheduleErrors,
                      .columnClock, .columnVersion, .columnNextProgram].map { $0.localized() }
        return HubText.table(header, rows) + "\n" + summary
    }
}
