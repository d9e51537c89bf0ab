import ArgumentParser
import Hub
import Messages

struct ProgramsRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: HubHelp.removeAbstract.localized())

    @Argument(help: ArgumentHelp(HubHelp.removeProgram.localized()))
    var program: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        let ids = try await options.withHub { connection in try await Programs.remove(program, on: connection) }
        print(HubMessage.programRemoved.localized(["ids": ids.map(String.init).joined(separator: ", ")]))
    }
}
