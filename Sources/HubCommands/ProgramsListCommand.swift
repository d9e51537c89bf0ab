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
        guard !programs.isEmpty else { return print("No programs pushed.") }
        let text = HubText()
        var rows: [[String]] = []
        for program in programs {
            for (index, village) in program.villages.enumerated() {
                rows.append([
                    index == 0 ? String(program.id) : "", index == 0 ? program.fileName : "",
                    index == 0 ? text.time(program.createdAt) + (program.removedAt == nil ? "" : " (removed)") : "",
                    village.village, village.state, village.reason ?? "",
                ])
            }
        }
        print(HubText.table(["id", "file", "pushed", "village", "state", "reason"], rows))
    }
}
