import Console
import Foundation
import Hub
import HubTestSupport
import Logging
import PostgresNIO
import XCTest

/// A hub with two villages (茅村, 李庄), a clerk of each, township staff, the console's login, and
/// the console itself on a loopback port, for one test class.
final class ConsoleHarness: @unchecked Sendable {
    static let database = "console"
    let cluster: TestCluster
    var villageA: Village!
    var villageB: Village!
    var stationA: StationCredentials!
    var port = 0
    private var app: Task<Void, any Error>?

    static let clerkA = ("王芳", "clerk-A-password")
    static let clerkB = ("张伟", "clerk-B-password")
    static let township = ("李明", "township-password")
    let consolePassword = TestCluster.randomPassword()

    init(cluster: TestCluster) { self.cluster = cluster }

    var superuser: HubSettings { cluster.superuserSettings(database: Self.database) }

    func setUp(configure: (inout ConsoleConfiguration) -> Void = { _ in }, previewer: (any AnnouncementPreviewer)? = nil) async throws {
        try await cluster.createHub(Self.database)
        let a = try await cluster.addVillage("茅村", villageCode: "001001", database: Self.database)
        villageA = a.village
        stationA = a.credentials
        villageB = try await cluster.addVillage("李庄", villageCode: "001002", database: Self.database).village
        try await cluster.withSuperuser(database: Self.database) { connection in
            _ = try await People.add(name: Self.clerkB.0, village: "李庄", password: Self.clerkB.1, on: connection)
            _ = try await People.add(name: Self.township.0, village: nil, password: Self.township.1, on: connection)
            try await People.setConsolePassword(self.consolePassword, on: connection)
        }
        // The clerk of 茅村 through the real command, password on standard input.
        let added = try runProduct(
            "dalaba-hub", ["people", "add", Self.clerkA.0, "--village", "茅村", "--password-stdin"],
            environment: cluster.environment(superuser), input: Self.clerkA.1 + "\n")
        XCTAssertEqual(added.status, 0, added.stderr)
        var configuration = ConsoleConfiguration(
            hub: cluster.settings(user: People.consoleRole, password: consolePassword, database: Self.database),
            listen: .init(host: "127.0.0.1", port: 0), liveGathering: .milliseconds(50))
        configure(&configuration)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let finalConfiguration = configuration
        app = Task {
            let app = try await buildConsoleApplication(
                configuration: finalConfiguration, previewer: previewer, logger: Self.logger
            ) { port in continuation.yield(port) }
            try await app.run()
        }
        for await port in ports {
            self.port = port
            break
        }
    }

    /// Quiet, unless DALABA_CONSOLE_TEST_LOG is set (then the console's log on standard error).
    static var logger: Logger {
        ProcessInfo.processInfo.environment["DALABA_CONSOLE_TEST_LOG"] == nil
            ? Logger(label: "console-test", factory: { _ in SwiftLogNoOpLogHandler() })
            : Logger(label: "console-test", factory: { StreamLogHandler.standardError(label: $0) })
    }

    func tearDown() {
        app?.cancel()
    }

    func browser(source: String = "127.0.0.1") -> Browser { Browser(port: port, source: source) }

    /// Runs `body` as the superuser on the hub.
    func hub<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await cluster.withSuperuser(database: Self.database, body)
    }

    func count(_ sql: String) async throws -> Int {
        try await hub { try await $0.values(PostgresQuery(unsafeSQL: sql), as: Int.self)[0] }
    }
}

/// A test class with its own cluster, hub and console.
class ConsoleTestCase: ClusterTestCase {
    nonisolated(unsafe) static var harnesses: [ObjectIdentifier: ConsoleHarness] = [:]
    var harness: ConsoleHarness { Self.harnesses[ObjectIdentifier(Self.self)]! }

    class func configure(_ configuration: inout ConsoleConfiguration) {}
    /// The 插播 preview the console gets (none unless a class gives one).
    class func previewer() throws -> (any AnnouncementPreviewer)? { nil }

    override class func setUp() {
        super.setUp()
        let harness = ConsoleHarness(cluster: cluster)
        let done = XCTestExpectation(description: "console set up")
        Task {
            do {
                try await harness.setUp(configure: configure, previewer: try previewer())
                harnesses[ObjectIdentifier(self)] = harness
            } catch {
                XCTFail("set-up: \(HubError.describe(error))")
            }
            done.fulfill()
        }
        _ = XCTWaiter.wait(for: [done], timeout: 120)
    }

    override class func tearDown() {
        harnesses.removeValue(forKey: ObjectIdentifier(self))?.tearDown()
        super.tearDown()
    }

    override func setUpWithError() throws {
        struct ConsoleNotSetUp: Error {}
        guard Self.harnesses[ObjectIdentifier(Self.self)] != nil else { throw ConsoleNotSetUp() }
    }
}
