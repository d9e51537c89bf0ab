import Foundation
import Hub
import PostgresNIO

/// A throwaway PostgreSQL cluster for the link's tests. It does what HubTestSupport's
/// TestCluster does (initdb as the unprivileged `postgres` user when run as root, a Unix socket
/// and a loopback port, scram-sha-256), but runs initdb and pg_ctl with posix_spawn and waitpid:
/// Foundation's Process.waitUntilExit never returned for `pg_ctl start` here (the child left a
/// zombie), which hung TestCluster's init. Once TestCluster runs its commands the same way,
/// these tests can use it instead.
final class LinkCluster: @unchecked Sendable {
    let directory: String
    var dataDirectory: String { directory + "/data" }
    let port: Int
    let superuserPassword = "pw" + UUID().uuidString.prefix(12)
    let binDirectory: String
    private let runAs: String? = getuid() == 0 ? "postgres" : nil

    init(maxConnections: Int) throws {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        guard let version = versions.last else { throw HarnessError("PostgreSQL is not installed (apt-get install postgresql)") }
        binDirectory = ProcessInfo.processInfo.environment["DALABA_PG_BIN"] ?? "\(root)/\(version)/bin"
        directory = "/tmp/dalaba-linkpg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        port = 20000 + Int.random(in: 0..<20000)
        let passwordFile = directory + "/pw"
        try superuserPassword.write(toFile: passwordFile, atomically: false, encoding: .utf8)
        try chownToServer(directory)
        try chownToServer(passwordFile)
        try run(binDirectory + "/initdb", ["-D", dataDirectory, "-U", "postgres", "--pwfile=" + passwordFile, "--auth=scram-sha-256",
                                          "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        let conf = """

            listen_addresses = '127.0.0.1'
            port = \(port)
            unix_socket_directories = '\(directory)'
            max_connections = \(maxConnections)
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            shared_buffers = 32MB
            """
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dataDirectory + "/postgresql.conf"))
        handle.seekToEndOfFile()
        handle.write(Data(conf.utf8))
        try handle.close()
        try start()
    }

    deinit { remove() }

    func start() throws { try run(binDirectory + "/pg_ctl", ["-D", dataDirectory, "start", "-w", "-t", "60", "-l", directory + "/log"]) }
    func stop(mode: String = "fast") throws { try run(binDirectory + "/pg_ctl", ["-D", dataDirectory, "stop", "-w", "-t", "60", "-m", mode]) }
    func restart(mode: String = "fast") throws {
        try stop(mode: mode)
        try start()
    }

    func remove() {
        if FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") { try? stop(mode: "immediate") }
        try? FileManager.default.removeItem(atPath: directory)
    }

    func settings(user: String, password: String?, database: String) -> HubSettings {
        HubSettings(host: directory, port: port, user: user, password: password, database: database, sslMode: .prefer)
    }

    func withSuperuser<T: Sendable>(database: String = "postgres", _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await settings(user: "postgres", password: superuserPassword, database: database).connect()
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    func createHub(_ name: String) async throws {
        _ = try await withSuperuser { connection in try await connection.query("CREATE DATABASE \(unescaped: name)", logger: .hub) }
        _ = try await withSuperuser(database: name) { connection in try await Migrator.migrate(connection) }
    }

    func addVillage(_ name: String, regionCode: String, villageCode: String, database: String) async throws -> (Village, StationCredentials) {
        let password = "st" + UUID().uuidString.prefix(16)
        let village = try await withSuperuser(database: database) { connection in
            try await Villages.add(name: name, regionCode: regionCode, villageCode: villageCode, password: password, on: connection)
        }
        let station = settings(user: village.stationRole, password: nil, database: database)
        return (village, StationCredentials(village: name, hub: station.url, password: password))
    }

    func execute(_ sql: String, database: String) async throws {
        try await withSuperuser(database: database) { connection in try await Migrator.run(script: sql, on: connection) }
    }

    private func chownToServer(_ path: String) throws {
        guard let user = runAs, let entry = getpwnam(user) else { return }
        chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    /// Runs a program to its end, as the server's user when we are root; output to a file.
    private func run(_ program: String, _ arguments: [String]) throws {
        var argv = [program] + arguments
        var path = program
        if let user = runAs {
            path = "/usr/bin/setpriv"
            argv = [path, "--reuid=\(user)", "--regid=\(user)", "--init-groups", "--"] + argv
        }
        let output = directory + "/command.out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw HarnessError("cannot run \(program): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            throw HarnessError("\(program) \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
    }
}
