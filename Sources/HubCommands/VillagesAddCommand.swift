import ArgumentParser
import Foundation
import Hub
import Messages

/// `dalaba hub villages add NAME --region CODE --code CODE`: the village, its station's login
/// role, and the station's credentials file, printed once (the hub keeps only a SCRAM verifier).
struct VillagesAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: HubHelp.villagesAddAbstract.localized(),
        discussion: HubHelp.villagesAddDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.villageName.localized()))
    var name: String

    @Option(help: ArgumentHelp(HubHelp.villageRegion.localized(), valueName: "code"))
    var region: String

    @Option(help: ArgumentHelp(HubHelp.villageCode.localized(), valueName: "code"))
    var code: String

    @Option(help: ArgumentHelp(HubHelp.passwordFile.localized(), valueName: "file"))
    var passwordFile: String?

    @Flag(help: ArgumentHelp(HubHelp.passwordStdin.localized()))
    var passwordStdin = false

    @Option(help: ArgumentHelp(HubHelp.stationHub.localized(), valueName: "url"))
    var stationHub: String?

    @Option(help: ArgumentHelp(HubHelp.credentialsOutput.localized(), valueName: "file"))
    var output: String?

    @OptionGroup var options: HubOptions

    func validate() throws {
        if passwordFile != nil && passwordStdin { throw ValidationError(HubHelp.passwordTwice.localized()) }
    }

    func run() async throws {
        let password = try readPassword() ?? Self.generatePassword()
        // The station's URL: the one given, or the administrator's with the station's user.
        let adminSettings = try options.settings()
        var stationSettings = try stationHub.map { try HubSettings.resolve(url: $0, environment: [:], osUser: "") } ?? adminSettings
        stationSettings.password = nil
        // The credentials file is opened first: an existing file refuses before the village is made.
        var handle: FileHandle?
        if let output {
            let descriptor = open(output, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else {
                throw CommandFailure(description: HubHelp.cannotWriteCredentials.localized(["file": output, "error": String(cString: strerror(errno))]))
            }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
        let village: Village
        do {
            village = try await options.withHub { connection in
                try await Villages.add(name: name, regionCode: region, villageCode: code, password: password, on: connection)
            }
        } catch {
            if let output { unlink(output) }
            throw error
        }
        stationSettings.user = village.stationRole
        let credentials = StationCredentials(village: village.name, hub: stationSettings.url, password: password)
        if let handle {
            handle.write(Data(credentials.fileText.utf8))
            try handle.close()
        }
        let addedLine = HubMessage.villageAdded.localized(["village": village.name, "code": village.code, "role": village.stationRole])
        if let output {
            print(addedLine + " " + HubMessage.villageAddedWritten.localized(["file": output]))
        } else {
            // The file on standard output (to redirect), what it is on standard error.
            print(credentials.fileText, terminator: "")
            FileHandle.standardError.write(Data((addedLine + " " + HubMessage.villageAddedShown.localized() + "\n").utf8))
        }
        if stationSettings.usesUnixSocket && stationHub == nil {
            FileHandle.standardError.write(Data((HubMessage.villageSocketNote.localized() + "\n").utf8))
        }
    }

    private func readPassword() throws -> String? {
        let text: String
        if let passwordFile {
            guard let contents = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw CommandFailure(description: HubHelp.cannotReadPasswordFile.localized(["file": passwordFile]))
            }
            text = contents
        } else if passwordStdin {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            return nil
        }
        let password = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        guard password.count >= 12 else { throw CommandFailure(description: HubHelp.passwordTooShort.localized()) }
        guard password.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "\0" }) else {
            throw CommandFailure(description: HubHelp.passwordNotASCII.localized())
        }
        return password
    }

    /// 32 characters from 56 that cannot be mistaken for one another: about 186 bits.
    static func generatePassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
