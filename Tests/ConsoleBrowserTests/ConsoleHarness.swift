import Foundation
import Hub
import PostgresNIO
import HubTestSupport
import StationTestSupport

/// A township for the console's tests: a hub database on a cluster of its own (the console's
/// service role `dalaba_console` and the people's roles are cluster-wide), villages, people made
/// with `dalaba hub people add` as docs/console.md says, and `dalaba-console` serving it on a free
/// loopback port.
final class ConsoleTownship: @unchecked Sendable {
    let cluster: TestCluster
    let database = "dalaba"
    let administrator: HubSettings
    private(set) var villages: [String: (village: Village, credentials: StationCredentials)] = [:]
    private(set) var console: Child?
    private(set) var consoleURL = ""
    private let directory: URL

    init(maxConnections: Int = 100) async throws {
        cluster = try TestCluster(maxConnections: maxConnections)
        administrator = try await cluster.createHub(database)
        directory = URL(fileURLWithPath: cluster.directory).appendingPathComponent("console")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func remove() {
        console?.kill()
        cluster.remove()
    }

    /// A village with the next free code.
    @discardableResult
    func addVillage(_ name: String) async throws -> Village {
        let number = villages.count + 1
        let made = try await cluster.addVillage(name, regionCode: "330102", villageCode: String(format: "%03d%03d", 1 + number / 1000, number % 1000),
                                                database: database)
        villages[name] = made
        return made.village
    }

    /// `dalaba hub …` as the hub's administrator; throws with its output when it fails.
    @discardableResult
    func hubCommand(_ arguments: [String], input: String? = nil) throws -> String {
        let result = try runProduct("dalaba-hub", arguments, environment: cluster.environment(administrator), input: input)
        guard result.status == 0 else {
            throw HarnessError("dalaba hub \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)\(result.stdout)")
        }
        return result.stdout
    }

    /// A village clerk (`village`) or township staff (nil), as docs/console.md makes them.
    func addPerson(_ name: String, password: String, village: String?) throws {
        let file = directory.appendingPathComponent("password-\(UUID().uuidString)")
        try (password + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try hubCommand(["people", "add", name] + (village.map { ["--village", $0] } ?? ["--township"]) + ["--password-file", file.path])
    }

    /// Starts `dalaba-console` (the built product, or `executable`) with the console's
    /// credentials from `dalaba hub people console`, and waits until it listens.
    func startConsole(executable: URL = productsDirectory.appendingPathComponent("dalaba-console"), arguments: [String] = []) throws {
        let credentials = directory.appendingPathComponent("console.credentials")
        let hub = cluster.settings(user: "dalaba_console", password: nil, database: database, overTCP: true)
        try hubCommand(["people", "console", "--output", credentials.path, "--console-hub", hub.url])
        // The repository's voices, as the test stations speak with (the 插播 preview's).
        let voices = repositoryRoot.appendingPathComponent("voices").path
        // A home that does not exist, as a service's: inside the cluster's temp folder, not
        // "/nonexistent", which the preview's audio library (pulse) creates when run as root and
        // which other tests take for a path that is missing.
        let home = directory.appendingPathComponent("no-home").path
        let console = try Child(executable, ["--listen", "127.0.0.1:0", "--credentials", credentials.path, "--voices", voices] + arguments,
                                environment: ["HOME": home, "LC_ALL": "C.UTF-8"])
        self.console = console
        guard console.wait(for: "listening on http://", timeout: 60),
              let line = console.output.text.split(separator: "\n").first(where: { $0.contains("listening on http://") }),
              let start = line.range(of: "http://")
        else { throw HarnessError("dalaba-console did not start: \(console.output.text)") }
        consoleURL = String(line[start.lowerBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// A station for `village`: a real dalabad (in `timeZone`) and dalaba-link logged in with
    /// its credentials.
    func startStation(_ village: String, timeZone: String = "UTC") throws -> Station {
        guard let made = villages[village] else { throw HarnessError("no village \(village)") }
        let station = try Station(village, credentials: made.credentials, timeZone: timeZone)
        try station.startDaemon()
        try station.startLink()
        return station
    }

    /// One delivery's state as the hub has it (nil: none).
    func delivery(announcement: Int64, village: Village) async throws -> String? {
        let rows: [String] = try await values(
            "SELECT state FROM deliveries WHERE announcement_id = \(announcement) AND village_id = \(village.id)")
        return rows.first
    }

    func values<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> [T] {
        try await cluster.withSuperuser(database: database) { connection in
            let rows = try await connection.query(query, logger: .hub)
            var values: [T] = []
            for try await value in rows.decode(T.self) { values.append(value) }
            return values
        }
    }
}
