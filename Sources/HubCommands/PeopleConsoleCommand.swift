import ArgumentParser
import Foundation
import Hub

/// `dalaba hub people console --output FILE`: the console's own login (`dalaba_console`) with a
/// new generated password, written once to a credentials file for dalaba-console.
struct PeopleConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Give the web console its login to the hub (a new password) and write its credentials file.",
        discussion: """
            The file (mode 0600, never over an existing one) goes to /etc/dalaba/console.credentials, \
            where systemd hands it to dalaba-console (LoadCredential=). Running this again makes a new \
            password: the old file stops working.
            """)

    @Option(help: ArgumentHelp("Write the credentials file here.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The hub as the console reaches it (default: --hub with the console's user).", valueName: "url"))
    var consoleHub: String?

    @OptionGroup var options: HubOptions

    func run() async throws {
        var settings = try consoleHub.map { try HubSettings.resolve(url: $0, environment: [:], osUser: "") } ?? options.settings()
        settings.user = People.consoleRole
        settings.password = nil
        let descriptor = open(output, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure(description: "Cannot write \(output): \(String(cString: strerror(errno))). Nothing was changed.")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let password = VillagesAddCommand.generatePassword()
        do {
            try await options.withHub { connection in try await People.setConsolePassword(password, on: connection) }
        } catch {
            unlink(output)
            throw error
        }
        let text = """
            # dalaba-console's login to the hub: keep this file secret (docs/console.md).
            # install -m 0600 this-file /etc/dalaba/console.credentials
            hub=\(settings.url)
            password=\(password)

            """
        handle.write(Data(text.utf8))
        try handle.close()
        print(HubMessage.consoleLoginWritten.localized(["file": output, "role": People.consoleRole]))
    }
}
