import ArgumentParser
import Control
import Foundation
import Hub
import Logging

/// `dalaba-console`: the township's web console (docs/console.md).
public struct ConsoleCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dalaba-console",
        abstract: "The township's web console: village clerks and township staff on their phones.",
        discussion: """
            The console logs in to the hub as dalaba_console with the credentials file that \
            `dalaba hub people console` writes; each person signs in with their own account \
            (`dalaba hub people add`), checked by PostgreSQL.
            """)

    @Option(help: ArgumentHelp("Where to serve, HOST:PORT (default: $DALABA_CONSOLE_LISTEN, else 127.0.0.1:8080; port 0: any free port).", valueName: "host:port"))
    var listen: String?

    @Option(help: ArgumentHelp("The console's credentials file (default: $CREDENTIALS_DIRECTORY/console.credentials, else /etc/dalaba/console.credentials).", valueName: "file"))
    var credentials: String?

    @Option(help: ArgumentHelp("The hub URL, instead of the credentials file's (default: $DALABA_HUB).", valueName: "url"))
    var hub: String?

    @Option(help: ArgumentHelp("Serve HTTPS with this certificate chain (PEM).", valueName: "file"))
    var tlsCertificate: String?

    @Option(help: ArgumentHelp("The private key (PEM) of --tls-certificate.", valueName: "file"))
    var tlsKey: String?

    @Flag(help: "Mark cookies Secure although this serves plain HTTP (behind a TLS-terminating proxy).")
    var secureCookies = false

    @Option(help: "A session's life since its last use, in hours.")
    var sessionHours: Double = 12

    @Option(help: "A village silent longer than this many seconds counts as offline.")
    var offlineAfter: Double = 90

    @Option(help: "Connections to the hub.")
    var pool: Int = 10

    @Option(help: ArgumentHelp("The voices the stations speak with, for the 插播 page's preview (default: ./voices if present, else \(DataPaths.installedVoices)).", valueName: "dir"))
    var voices: String?

    @Flag(help: "Serve without the 插播 page's preview (看读音, 试听): no voices needed.")
    var noPreview = false

    public init() {}

    public func validate() throws {
        if (tlsCertificate == nil) != (tlsKey == nil) { throw ValidationError("Give both --tls-certificate and --tls-key, or neither.") }
        if pool < 1 { throw ValidationError("--pool must be at least 1.") }
    }

    public func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let listen = try Self.parseListen(self.listen ?? environment["DALABA_CONSOLE_LISTEN"] ?? "127.0.0.1:8080")
        let settings = try hubSettings(environment: environment)
        let configuration = ConsoleConfiguration(
            hub: settings, listen: listen,
            tls: tlsCertificate.map { ConsoleConfiguration.TLSFiles(certificate: $0, key: tlsKey!) },
            secureCookies: secureCookies, sessionLifetime: sessionHours * 3600, offlineAfter: offlineAfter, poolSize: pool)
        let scheme = configuration.tls == nil ? "http" : "https"
        let app = try await buildConsoleApplication(configuration: configuration, previewer: try previewer()) { port in
            FileHandle.standardOutput.write(Data("dalaba-console: listening on \(scheme)://\(listen.host):\(port)\n".utf8))
        }
        try await app.runService()
    }

    /// The 插播 preview over the station's own rendering, with the voices of `--voices`; each
    /// rendering synthesizes in a fresh process of this program (main.swift begins with
    /// `SynthesisWorker.serveIfAsked()`), as dalabad does.
    func previewer() throws -> (any AnnouncementPreviewer)? {
        if noPreview { return nil }
        let directory = DataPaths.voices(voices)
        do {
            return try StationPreviewer(voicesDirectory: directory, synthesisWorker: URL(fileURLWithPath: "/proc/self/exe"))
        } catch {
            throw StartFailure(description: """
                The 插播 preview: \(error). Install the voices (`make install`), give --voices DIR (the \
                folder with mandarin/ and the voice profiles), or serve without the preview with --no-preview.
                """)
        }
    }

    /// The hub as the console's role: the credentials file's URL (or --hub / DALABA_HUB) and its password.
    func hubSettings(environment: [String: String]) throws -> HubSettings {
        let path = credentials
            ?? environment["CREDENTIALS_DIRECTORY"].map { $0 + "/console.credentials" }
            ?? "/etc/dalaba/console.credentials"
        let url = hub ?? environment["DALABA_HUB"].flatMap { $0.isEmpty ? nil : $0 }
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            let file = try StationCredentials.parse(text)
            var settings = try url.map { try HubSettings.resolve(url: $0, environment: [:], osUser: People.consoleRole) } ?? file.settings()
            settings.password = file.password
            return settings
        }
        guard let url else {
            throw ValidationError("Cannot read the credentials file \(path): make it with `dalaba hub people console --output \(path)` (docs/console.md), or give --credentials.")
        }
        return try HubSettings.resolve(url: url, environment: environment, osUser: People.consoleRole)
    }

    static func parseListen(_ text: String) throws -> ConsoleConfiguration.Listen {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError("--listen \(text): write HOST:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8080.")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return .init(host: host.isEmpty ? "0.0.0.0" : host, port: port)
    }

    /// Parse, run, exit with argument-parser's message on failure (as HubCommand.start).
    public static func start() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// Why the console cannot start, and what to do (not a usage error: no usage printed).
struct StartFailure: Error, CustomStringConvertible {
    var description: String
}
