import ArgumentParser

/// `dalaba hub programs push|list|remove`.
struct ProgramsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programs",
        abstract: "Push schedule files (programs) to villages, list them with each station's answer, remove them.",
        subcommands: [ProgramsPushCommand.self, ProgramsListCommand.self, ProgramsRemoveCommand.self],
        defaultSubcommand: ProgramsListCommand.self)
}
