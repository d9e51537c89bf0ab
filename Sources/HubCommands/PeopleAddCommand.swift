import ArgumentParser
import Foundation
import Hub

/// `dalaba hub people add NAME (--village V | --township)`: a person's own PostgreSQL login role
/// (SCRAM: the hub keeps only the verifier), a village's clerk or township staff.
struct PeopleAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a person who signs in to the web console: a village's clerk or township staff.",
        discussion: """
            The password is read from --password-file, --password-stdin or the terminal (asked twice, not \
            shown), never from the command line; PostgreSQL keeps only its SCRAM verifier.
            """)

    @Argument(help: "The name the person signs in with (no commas or spaces, at most 16 characters), e.g. 王芳.")
    var name: String

    @Option(help: ArgumentHelp("The village whose clerk this is: they see and send to it only.", valueName: "village"))
    var village: String?

    @Flag(help: "Township staff: every village of the hub.")
    var township = false

    @OptionGroup var password: PasswordOptions

    @OptionGroup var options: HubOptions

    func validate() throws {
        if (village == nil) == (township == false) { throw ValidationError("Give either --village NAME (a clerk) or --township (township staff).") }
        try password.validate()
    }

    func run() async throws {
        let secret = try password.read(minimumLength: 8, prompt: HubMessage.personPasswordPrompt.localized(["name": name]))
        let person = try await options.withHub { connection in
            try await People.add(name: name, village: village, password: secret, on: connection)
        }
        if let villageName = person.villageName {
            print(HubMessage.personAddedClerk.localized(["name": person.name, "village": villageName, "role": person.role]))
        } else {
            print(HubMessage.personAddedTownship.localized(["name": person.name, "role": person.role]))
        }
    }
}
