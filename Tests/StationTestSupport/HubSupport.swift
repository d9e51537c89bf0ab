import Foundation
import Hub
import HubTestSupport
import PostgresNIO

/// One PostgreSQL cluster for the link's tests (initdb costs seconds); a hub database per test.
public enum SharedCluster {
    nonisolated(unsafe) private static var cluster: TestCluster?
    private static let lock = NSLock()

    public static func get() throws -> TestCluster {
        try lock.withLock {
            if let cluster { return cluster }
            let made = try TestCluster(maxConnections: 260)
            cluster = made
            // Shared by every test class, so no class's tear-down may remove it: the test
            // process removes it when it exits (a whole `make test` left it running before).
            atexit { SharedCluster.removeAtExit() }
            return made
        }
    }

    private static func removeAtExit() {
        lock.withLock {
            cluster?.remove()
            cluster = nil
        }
    }
}

/// A hub database with villages, seen by its administrator.
public final class TestHub: @unchecked Sendable {
    public let cluster: TestCluster
    public let database: String
    private static let counter = Counter()

    public init() async throws {
        cluster = try SharedCluster.get()
        database = "hub_link_\(UUID().uuidString.prefix(8).lowercased())"
        try await cluster.createHub(database)
    }

    /// A village with a cluster-wide unique code, and its station's credentials.
    public func addVillage(_ name: String) async throws -> (village: Village, credentials: StationCredentials) {
        let number = Self.counter.next()
        return try await cluster.addVillage(
            name, regionCode: "5101\(String(format: "%02d", number / 1000 % 100))", villageCode: String(format: "%06d", number % 1_000_000),
            database: database)
    }

    /// An announcement from the township to `villages`, as `dalaba hub say` inserts it.
    @discardableResult
    public func announce(
        _ text: String, to villages: [Int], at: Date? = nil, expires: Date? = nil, priority: String = "normal", zones: [String] = []
    ) async throws -> Int64 {
        try await cluster.withSuperuser(database: database) { connection in
            try await connection.query("BEGIN", logger: .hub)
            let rows = try await connection.query(
                "INSERT INTO announcements (text, at, expires, priority) VALUES (\(text), \(at), \(expires), \(priority)) RETURNING id",
                logger: .hub)
            var id: Int64 = 0
            for try await value in rows.decode(Int64.self) { id = value }
            // One statement for all targets, as `dalaba hub say --all` does.
            try await connection.query(
                "INSERT INTO announcement_targets (announcement_id, village_id, zones) SELECT \(id), unnest(\(villages.map(Int32.init))::int[]), \(zones)",
                logger: .hub)
            try await connection.query("COMMIT", logger: .hub)
            return id
        }
    }

    public struct Delivery: Equatable, Sendable {
        public var state: String
        public var started: Date?
        public var finished: Date?
        public var reason: String?
    }

    public func delivery(_ announcement: Int64, village: Int) async throws -> Delivery? {
        try await cluster.withSuperuser(database: database) { connection in
            let rows = try await connection.query(
                "SELECT state, started_at, finished_at, reason FROM deliveries WHERE announcement_id = \(announcement) AND village_id = \(village)",
                logger: .hub)
            var found: Delivery?
            for try await (state, started, finished, reason) in rows.decode((String, Date?, Date?, String?).self) {
                found = Delivery(state: state, started: started, finished: finished, reason: reason)
            }
            return found
        }
    }

    /// Waits for a delivery to reach `state`; returns it and when it was seen so.
    public func waitForDelivery(_ announcement: Int64, village: Int, state: String, timeout: TimeInterval = 20) async throws -> (Delivery, Date)? {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if let delivery = try await delivery(announcement, village: village), delivery.state == state { return (delivery, Date()) }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return nil
    }

    public func playLogSequences(village: Int) async throws -> [Int64] {
        try await values("SELECT seq FROM play_log WHERE village_id = \(village) ORDER BY seq")
    }

    public func values<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: T.Type = T.self) async throws -> [T] {
        try await cluster.withSuperuser(database: database) { connection in
            let rows = try await connection.query(query, logger: .hub)
            var values: [T] = []
            for try await value in rows.decode(T.self) { values.append(value) }
            return values
        }
    }

    public func execute(_ sql: String) async throws { try await cluster.execute(sql, database: database) }

    /// A township clerk's login (roles are the cluster's: a name of its own), and the
    /// environment `dalaba-hub` needs to act as it on this hub.
    public func clerk() async throws -> (name: String, environment: [String: String]) {
        let name = "clerk_\(Self.counter.next())"
        let password = TestCluster.randomPassword()
        try await cluster.createLogin(name, password: password, groups: ["dalaba_township"])
        return (name, cluster.environment(cluster.settings(user: name, password: password, database: database)))
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = Int(Date().timeIntervalSince1970) % 100_000 * 10
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
