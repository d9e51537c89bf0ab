import ArgumentParser

/// The root of the `dalaba` command: configuration only; each subcommand lives in its own file.
public struct Dalaba: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalaba",
        abstract: "Control the village loudspeaker: preview announcements, check schedules, read Mandarin.",
        subcommands: [
            Preview.self,
        ])

    public init() {}
}
