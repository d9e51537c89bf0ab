import ArgumentParser
import ControlWire
import Foundation
import Hub
import HubLink
import Schedule

/// `dalaba-link`: the station's side of the township hub (docs/hub-scale.md). Its options are
/// the configuration; `LinkService.make` builds the service from them (the tests call it), and
/// main runs it.
public struct LinkOptions: ParsableArguments {
    @Option(help: "The hub: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full] (no password). Default: $DALABA_HUB, else the credentials file's hub=, else the PG* variables.")
    public var hub: String?

    @Option(help: ArgumentHelp("The station's credentials file (village=, hub=, password=), as `dalaba hub villages add` printed it. Default: $CREDENTIALS_DIRECTORY/hub (systemd LoadCredential=).", valueName: "file"))
    public var credentials: String?

    @Option(help: "dalabad's control socket (default: as dalaba finds it).")
    public var socket: String?

    @Option(help: "The schedules folder pushed programs go into (as hub-FILE.yaml).")
    public var schedules: String = "/etc/dalaba/schedules"

    @Option(help: "The voices folder (pushed programs may name only these voices).")
    public var voices: String = "/etc/dalaba/voices"

    @Option(help: "Seconds between heartbeats.")
    public var heartbeat: Double = 30

    @Option(name: .customLong("retry-max"), help: "The longest wait, in seconds, between attempts at reaching the hub.")
    public var retryMax: Double = 30

    public init() {}
}

public struct LinkService: Sendable {
    public static let version = "dalaba-link 1"
    public let runner: LinkRunner
    public let watch: StationWatch

    /// The service for `arguments` (without the program name) in `environment`.
    public static func make(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                            log: @escaping @Sendable (String) -> Void = LinkService.stderr) throws -> LinkService {
        let options = try LinkOptions.parse(arguments)
        let credentials = try readCredentials(options.credentials, environment: environment)
        let url = options.hub ?? environment["DALABA_HUB"].flatMap { $0.isEmpty ? nil : $0 } ?? credentials?.hub
        var settings = try HubSettings.resolve(url: url, environment: environment, osUser: environment["USER"] ?? "dalaba-link")
        if let password = credentials?.password { settings.password = password }
        let socket = options.socket ?? SocketPath.forClient(environment: environment)
        let station = StationSocket(path: socket)
        let installer = ProgramInstaller(
            directory: URL(fileURLWithPath: options.schedules),
            knownVoices: FileManager.default.fileExists(atPath: options.voices) ? VoiceNames.inDirectory(URL(fileURLWithPath: options.voices)) : nil)
        let link = StationLink(station: station, installer: installer, version: version)
        let runner = LinkRunner(
            configuration: .init(settings: settings, heartbeat: options.heartbeat, retryCap: options.retryMax), link: link, log: log)
        let watch = StationWatch(path: socket, log: log) { reconnected in runner.stationChanged(reconnected: reconnected) }
        return LinkService(runner: runner, watch: watch)
    }

    /// Runs until the process ends.
    public func run() async {
        watch.start()
        await runner.run()
    }

    static func readCredentials(_ path: String?, environment: [String: String]) throws -> StationCredentials? {
        let file = path ?? environment["CREDENTIALS_DIRECTORY"].map { $0 + "/hub" }
        guard let file else { return nil }
        let text: String
        do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
            throw LinkFailure.credentials("cannot read the station's credentials \(file): \(error.localizedDescription). Put the file `dalaba hub villages add` printed at /etc/dalaba/hub.credentials (mode 0600), or name it with --credentials")
        }
        do { return try StationCredentials.parse(text) } catch { throw LinkFailure.credentials("\(file): \(error)") }
    }

    public static let stderr: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(("dalaba-link: " + line + "\n").utf8))
    }
}
