import ArgumentParser
import Foundation
import Hub
import Messages

/// `dalaba hub relays add|list|revoke`: the relays that may post CAP messages to the hub's
/// console (`POST /api/cap` with `Authorization: Bearer TOKEN`).
struct RelaysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relays",
        abstract: HubHelp.relaysAbstract.localized(),
        subcommands: [RelaysAddCommand.self, RelaysListCommand.self, RelaysRevokeCommand.self],
        defaultSubcommand: RelaysListCommand.self)
}

struct RelaysAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: HubHelp.relaysAddAbstract.localized(),
        discussion: HubHelp.relaysAddDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.relaysName.localized()))
    var name: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        let (relay, token) = try await options.withHub { connection in try await Relays.add(name: name, on: connection) }
        print(token)
        FileHandle.standardError.write(Data((HubMessage.relayAdded.localized(["name": relay.name]) + "\n").utf8))
    }
}

struct RelaysListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HubHelp.relaysListAbstract.localized())

    @OptionGroup var options: HubOptions

    func run() async throws {
        let relays = try await options.withHub { connection in try await Relays.list(on: connection) }
        guard !relays.isEmpty else { return print(HubMessage.relaysNone.localized()) }
        let text = HubText()
        let header = [HubMessage.columnRelay, .columnCreated, .columnLastUsed, .columnState].map { $0.localized() }
        print(HubText.table(header, relays.map {
            [$0.name, text.time($0.createdAt), text.time($0.lastUsedAt),
             $0.revokedAt.map { HubMessage.relayRevokedAt.localized(["time": text.time($0)]) } ?? HubMessage.relayActive.localized()]
        }))
    }
}

struct RelaysRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: HubHelp.relaysRevokeAbstract.localized())

    @Argument(help: ArgumentHelp(HubHelp.relaysRevokeName.localized()))
    var name: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        try await options.withHub { connection in try await Relays.revoke(name: name, on: connection) }
        print(HubMessage.relayRevoked.localized(["name": name]))
    }
}
