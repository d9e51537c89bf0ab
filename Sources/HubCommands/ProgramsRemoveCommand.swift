import ArgumentParser
import Hub

struct ProgramsRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a program (by file name or id): the stations delete the file.")

    @Argument(help: "The file name (every program of that name) or a program's id.")
    var program: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        let ids = try await options.withHub { connection in try await Programs.remove(program, on: connection) }
        print(HubMessage.programRemoved.localized(["ids": ids.map(String.init).joined(separator: ", ")]))
    }
}
