import ArgumentParser
import Foundation
import Hub
import Messages

struct ProgramsPushCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: HubHelp.pushAbstract.localized(),
        discussion: HubHelp.pushDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.pushFile.localized()))
    var file: String

    @OptionGroup var targets: VillageTargets

    @Option(help: ArgumentHelp(HubHelp.pushName.localized(), valueName: "name"))
    var name: String?

    @OptionGroup var options: HubOptions

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(description: HubHelp.cannotReadProgram.localized(["file": file]))
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw CommandFailure(description: HubHelp.programNotUTF8.localized(["file": file]))
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
