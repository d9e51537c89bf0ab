import ArgumentParser
import Foundation
import Hub
import Messages

struct ProgramsPushCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Push a schedule file to villages: each station checks it with its own parser, installs it or refuses it with the reason.",
        discussion: "Pushing a file of the same name again replaces it at those villages. `dalaba hub programs list` shows each station's answer.")

    @Argument(help: "The schedule file (YAML, as in a station's schedules folder).")
    var file: String

    @OptionGroup var targets: VillageTargets

    @Option(help: ArgumentHelp("The file's name at the stations (default: the file's own name).", valueName: "name"))
    var name: String?

    @OptionGroup var options: HubOptions

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(description: "Cannot read \(file).")
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw CommandFailure(description: "\(file) is not UTF-8 text: save it as UTF-8 (schedule files are UTF-8).")
        }
        let fileName = name ?? URL(fileURLWithPath: file).lastPathComponent
        let (id, villages) = try await options.withHub { connection in
            try await Programs.push(fileName: fileName, yaml: yaml, villages: targets.names, on: connection)
        }
        print(HubMessage.programPushed.localized([
            "id": id, "file": fileName, "count": villages.count, "villages": villages.count == 1 ? "village" : "villages",
            "names": villages.map(\.name).joined(separator: Language.current == .chinese ? "、" : ", "),
        ]))
        print(HubMessage.programPushHint.localized())
    }
}
