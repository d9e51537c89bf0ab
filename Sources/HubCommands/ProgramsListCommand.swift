import ArgumentParser
import Hub
import Messages

struct ProgramsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: HubHelp.listAbstract.localized())

    @Flag(help: ArgumentHelp(HubHelp.listRemoved.localized()))
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
