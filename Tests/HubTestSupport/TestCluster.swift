import Foundation
import Hub
import PostgresNIO

/// A throwaway PostgreSQL cluster for tests: `initdb` in a temporary directory, `postgres`
/// listening on a Unix socket in that directory and on a free loopback port, scram-sha-256
/// passwords for every role (so a station's own role logs in as on a real hub), stopped and
/// removed by `remove()` (or at deinit).
///
/// PostgreSQL refuses to run as root: when the tests run as root (CI does) the cluster belongs to
/// the `postgres` user that Debian's `postgresql` package creates, and every PostgreSQL binary runs
/// as that user through `setpriv`. Binaries come from `/usr/lib/postgresql/<newest>/bin`, or
/// `DALABA_PG_BIN`.
///
/// One cluster per test class or suite: `initdb` takes a second or two; a database per test is cheap.
public final class TestCluster: @unchecked Sendable {
    public let directory: String
    public var dataDirectory: String { directory + "/data" }
    /// The directory of the Unix socket (`.s.PGSQL.<port>` inside).
    public var socketDirectory: String { directory }
    public let port: Int
    public let superuser = "postgres"
    public let superuserPassword: String
    public let binDirectory: String
    /// Whether the server also speaks TLS (a certificate for `localhost` and 127.0.0.1 made by a
    /// CA of the cluster's own, `caCertificatePath`).
    public let tls: Bool
    public var caCertificatePath: String { directory + "/ca.crt" }
    public var logPath: String { directory + "/postgres.log" }
    private let runAs: String?
    private let lock = NSLock()
    private var removed = false

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Creates and starts a cluster. `maxConnections` for tests with many links;
    /// `settings` are extra `postgresql.conf` lines (name → value).
    public init(maxConnections: Int = 100, tls: Bool = false, settings: [String: String] = [:]) throws {
        binDirectory = try Self.findBinaries()
        runAs = getuid() == 0 ? "postgres" : nil
        Self.sweepAbandoned(binDirectory: binDirectory, runAs: runAs)
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-pg-XXXXXX").path
        var buffer = Array(template.utf8CString)
        guard mkdtemp(&buffer) != nil else { throw Failure(description: "mkdtemp failed for \(template)") }
        directory = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        port = try Self.freePort()
        superuserPassword = Self.randomPassword()
        self.tls = tls
        do {
            try prepare(maxConnections: maxConnections, settings: settings)
            try start()
        } catch {
            remove()
            throw error
        }
    }

    deinit { remove() }

    // MARK: Server

    /// Starts the server (after `stop()`), waiting until it accepts connections.
    public func start() throws {
        try pgCtl(["start", "-w", "-t", "60", "-l", logPath])
    }

    /// Stops the server: `fast` ends the sessions cleanly; `immediate` is the crash-like stop.
    public func stop(mode: String = "fast") throws {
        try pgCtl(["stop", "-w", "-t", "60", "-m", mode])
    }

    /// Stops and starts the server on the same socket and port (a hub restarted mid-delivery):
    /// every open connection is cut.
    public func restart(mode: String = "fast") throws {
        try stop(mode: mode)
        try start()
    }

    /// Stops the server (if running) and deletes the cluster. Safe to call twice.
    public func remove() {
        lock.lock()
        defer { lock.unlock() }
        guard !removed else { return }
        removed = true
        if FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") {
            _ = try? pgCtl(["stop", "-w", "-t", "30", "-m", "immediate"])
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Connecting

    /// Settings for `user` on `database`, over the Unix socket, or TCP on 127.0.0.1 (`overTCP`),
    /// where `sslMode` applies.
    public func settings(
        user: String, password: String?, database: String, overTCP: Bool = false, sslMode: HubSettings.SSLMode = .disable,
        host: String = "127.0.0.1"
    ) -> HubSettings {
        HubSettings(
            host: overTCP ? host : socketDirectory, port: port, user: user, password: password, database: database,
            sslMode: overTCP ? sslMode : .prefer, sslRootCert: overTCP && tls ? caCertificatePath : nil)
    }

    /// The superuser on `database` (over the Unix socket).
    public func superuserSettings(database: String = "postgres") -> HubSettings {
        settings(user: superuser, password: superuserPassword, database: database)
    }

    /// A `postgresql://` URL for `settings` with the password left out (give it by PGPASSWORD).
    public func url(_ settings: HubSettings) -> String { settings.url }

    /// Runs `body` with a superuser connection to `database`, closed afterwards.
    public func withSuperuser<T: Sendable>(
        database: String = "postgres", _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await withConnection(superuserSettings(database: database), body)
    }

    /// Runs `body` with a connection made with `settings` (a station's, a clerk's), closed afterwards.
    public func withConnection<T: Sendable>(_ settings: HubSettings, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await settings.connect()
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// A new empty database (no schema).
    public func createDatabase(_ name: String) async throws {
        _ = try await withSuperuser { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(Self.quoteIdentifier(name))"), logger: .hub)
        }
    }

    /// A new database with the hub's schema migrated to the latest version. Returns the
    /// superuser's settings for it (the hub's administrator in tests).
    @discardableResult
    public func createHub(_ name: String) async throws -> HubSettings {
        try await createDatabase(name)
        _ = try await withSuperuser(database: name) { connection in
            try await Migrator.migrate(connection)
        }
        return superuserSettings(database: name)
    }

    /// A login role with a password, member of `groups` (e.g. `dalaba_township`). Roles are the
    /// cluster's: give each test its own names.
    public func createLogin(_ role: String, password: String, groups: [String] = []) async throws {
        try await withSuperuser { connection in
            var sql = "CREATE ROLE \(Self.quoteIdentifier(role)) LOGIN PASSWORD \(Self.quoteLiteral(password))"
            if !groups.isEmpty { sql += " IN ROLE " + groups.map(Self.quoteIdentifier).joined(separator: ", ") }
            try await Migrator.run(script: sql, on: connection)
        }
    }

    /// Adds a village to the hub `database` as `dalaba hub villages add` does, and returns it with
    /// its station's credentials (over the Unix socket, or TCP with `sslMode` when `overTCP`).
    /// Station roles are the cluster's: give each village of a cluster its own code.
    public func addVillage(
        _ name: String, regionCode: String = "330102", villageCode: String, database: String,
        overTCP: Bool = false, sslMode: HubSettings.SSLMode = .disable
    ) async throws -> (village: Village, credentials: StationCredentials) {
        let password = Self.randomPassword()
        let village = try await withSuperuser(database: database) { connection in
            try await Villages.add(name: name, regionCode: regionCode, villageCode: villageCode, password: password, on: connection)
        }
        let station = settings(user: village.stationRole, password: nil, database: database, overTCP: overTCP, sslMode: sslMode)
        return (village, StationCredentials(village: name, hub: station.url, password: password))
    }

    /// Runs SQL (several statements allowed) as the superuser on `database`.
    public func execute(_ sql: String, database: String) async throws {
        try await withSuperuser(database: database) { connection in
            try await Migrator.run(script: sql, on: connection)
        }
    }

    /// The environment a child process (`dalaba-hub`, `dalaba-link`) needs to reach `settings`:
    /// DALABA_HUB without the password, PGPASSWORD with it.
    public func environment(_ settings: HubSettings) -> [String: String] {
        var environment = ["DALABA_HUB": settings.url]
        if let password = settings.password { environment["PGPASSWORD"] = password }
        return environment
    }

    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func quoteLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    public static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<24).map { _ in alphabet.randomElement()! })
    }

    // MARK: Set-up

    /// The test process that made the cluster, so that a later run can tell an abandoned one.
    private var ownerPath: String { directory + "/owner.pid" }

    /// Clusters left running by a test process that died (a crash skips `remove()`): stopped and
    /// deleted, so that failed runs do not pile up servers. A cluster whose maker still runs (a
    /// test in another worktree) is left alone.
    private static func sweepAbandoned(binDirectory: String, runAs: String?) {
        let temporary = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary) else { return }
        for name in names where name.hasPrefix("dalaba-pg-") {
            let directory = temporary + "/" + name
            guard let text = try? String(contentsOfFile: directory + "/owner.pid", encoding: .utf8),
                let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            if FileManager.default.fileExists(atPath: directory + "/data/postmaster.pid") {
                var argv = [binDirectory + "/pg_ctl", "-D", directory + "/data", "stop", "-m", "immediate", "-w"]
                if let user = runAs { argv = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--init-groups", "--"] + argv }
                _ = try? spawnAndWait(argv, output: "/dev/null")
            }
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    private func prepare(maxConnections: Int, settings: [String: String]) throws {
        try String(getpid()).write(toFile: ownerPath, atomically: false, encoding: .utf8)
        let passwordFile = directory + "/superuser-password"
        try superuserPassword.write(toFile: passwordFile, atomically: false, encoding: .utf8)
        try chownToServer(directory)
        try chownToServer(passwordFile)
        try run(binDirectory + "/initdb", [
            "-D", dataDirectory, "-U", superuser, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        ])
        try? FileManager.default.removeItem(atPath: passwordFile)
        var conf = [
            "listen_addresses": "'127.0.0.1'",
            "port": "\(port)",
            "unix_socket_directories": "'\(socketDirectory)'",
            "max_connections": "\(maxConnections)",
            // A test cluster: nothing survives a machine crash anyway.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "shared_buffers": "32MB",
            "log_min_messages": "warning",
        ]
        if tls {
            try makeCertificates()
            conf["ssl"] = "on"
            conf["ssl_cert_file"] = "'\(directory)/server.crt'"
            conf["ssl_key_file"] = "'\(directory)/server.key'"
        }
        for (name, value) in settings { conf[name] = value }
        let lines = conf.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dataDirectory + "/postgresql.conf"))
        handle.seekToEndOfFile()
        handle.write(Data(("\n# dalaba tests\n" + lines + "\n").utf8))
        try handle.close()
    }

    /// A CA and a server certificate for localhost / 127.0.0.1 signed by it (openssl).
    private func makeCertificates() throws {
        let openssl = "/usr/bin/openssl"
        guard FileManager.default.isExecutableFile(atPath: openssl) else {
            throw Failure(description: "TLS tests need openssl (Debian: apt-get install openssl)")
        }
        let d = directory
        try run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=dalaba test CA",
                          "-keyout", d + "/ca.key", "-out", d + "/ca.crt"], asServer: false)
        try run(openssl, ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                          "-keyout", d + "/server.key", "-out", d + "/server.csr"], asServer: false)
        let extensions = d + "/server.ext"
        try "subjectAltName=DNS:localhost,IP:127.0.0.1\n".write(toFile: extensions, atomically: false, encoding: .utf8)
        try run(openssl, ["x509", "-req", "-in", d + "/server.csr", "-CA", d + "/ca.crt", "-CAkey", d + "/ca.key",
                          "-CAcreateserial", "-days", "2", "-extfile", extensions, "-out", d + "/server.crt"], asServer: false)
        for file in ["server.key", "server.crt"] { try chownToServer(d + "/" + file) }
        chmod(d + "/server.key", 0o600)
    }

    private func pgCtl(_ arguments: [String]) throws {
        try run(binDirectory + "/pg_ctl", ["-D", dataDirectory] + arguments)
    }

    private func chownToServer(_ path: String) throws {
        guard let user = runAs else { return }
        guard let entry = getpwnam(user) else {
            throw Failure(description: "there is no \(user) user: install Debian's postgresql package (make deps)")
        }
        guard chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid) == 0 else {
            throw Failure(description: "chown \(path) to \(user) failed: errno \(errno)")
        }
    }

    /// Runs a program to its end (as the server's user when `asServer` and we are root); its
    /// output goes to a file so that a server it starts cannot hold our pipe open.
    ///
    /// posix_spawn and waitpid, not Foundation's Process: `pg_ctl start` leaves a daemon behind,
    /// and Process's waitUntilExit was seen never to return for it (pg_ctl a zombie, the test
    /// hung), in XCTest's class set-up on the main thread.
    private func run(_ program: String, _ arguments: [String], asServer: Bool = true) throws {
        var argv = [program] + arguments
        if asServer, let user = runAs {
            argv = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--init-groups", "--"] + argv
        }
        let outputPath = directory + "/command.out"
        let status = try Self.spawnAndWait(argv, output: outputPath)
        guard status == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            throw Failure(description: "\(argv.joined(separator: " ")) failed (status \(status)):\n\(text)\n\(log)")
        }
    }

    /// Runs `argv` with standard input from /dev/null and its output into the file `output`;
    /// returns its exit status (-1: killed by a signal).
    private static func spawnAndWait(_ argv: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid for \(argv[0]) failed: errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import (macros).
        return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
    }

    private static func findBinaries() throws -> String {
        if let configured = ProcessInfo.processInfo.environment["DALABA_PG_BIN"], !configured.isEmpty { return configured }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted()
        for version in versions.reversed() {
            let bin = "\(root)/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: bin + "/initdb") { return bin }
        }
        throw Failure(description: "PostgreSQL's initdb is not in \(root)/*/bin: install Debian's postgresql package (make deps)")
    }

    /// A loopback port nobody listens on now (the kernel's choice, released for postgres to take).
    /// A free TCP port on 127.0.0.1 (bound, read and released: free unless taken meanwhile).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw Failure(description: "bind() failed: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
