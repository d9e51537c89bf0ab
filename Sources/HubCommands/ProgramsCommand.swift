import ArgumentParser
import Messages

/// `dalaba hub programs push|list|remove`.
struct ProgramsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programs",
        abstract: HubHelp.programsAbstract.localized(),
        subcommands: [ProgramsPushCommand.self, ProgramsListCommand.self, ProgramsRemoveCommand.self],
        defaultSubcommand: ProgramsListCommand.self)
}
