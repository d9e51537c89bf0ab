import ArgumentParser
import Hub

struct ProgramsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The programs pushed, and per village: pending, installed, refused (why) or removed.")

    @Flag(help: "Include removed programs.")
    var removed = false

    @OptionGroup var options: HubOptions

    func run() async throws {
        let programs = try await options.withHub { connection in try await Programs.list(includeRemoved: removed, on: connection) }
        guard !programs.isEmpty else { return print(HubMessage.programsNone.localized()) }
        let text = HubText()
        var rows: [[String]] = []
        for program in programs {
            for (index, village) in program.villages.enumerated() {
                rows.append([
                    index == 0 ? String(program.id) : "", index == 0 ? program.fileName : "",
                    index == 0 ? text.time(program.createdAt) + (program.removedAt == nil ? "" : " " + HubMessage.removedMark.localized()) : "",
                    village.village, HubMessage.state(village.state), village.reason ?? "",
                ])
            }
        }
        let header = [HubMessage.columnID, .columnFile, .columnPushed, .columnVillage, .columnState, .columnReason].map { $0.localized() }
        print(HubText.table(header, rows))
    }
}
