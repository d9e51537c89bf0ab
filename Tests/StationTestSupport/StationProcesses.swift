import ControlWire
import Foundation
import Hub
import HubTestSupport

/// The repository root (for `voices/`), found from this file's path.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

public struct HarnessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

public final class OutputLog: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    public func append(_ more: Data) { lock.withLock { data.append(more) } }
    public var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

/// A child process whose output is collected.
public final class Child {
    public let process = Process()
    public let output = OutputLog()

    public init(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && $0.key != "DALABA_HUB" }
        env["JOURNAL_STREAM"] = nil
        env["NOTIFY_SOCKET"] = nil
        env["DALABA_SOCKET"] = nil
        process.environment = env.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let output = self.output
        pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        try process.run()
    }

    public func wait(for text: String, after offset: Int = 0, timeout: TimeInterval) -> Bool {
        eventually(timeout: timeout) { String(output.text.utf8.dropFirst(offset))?.contains(text) == true }
    }

    public func kill(_ signal: Int32 = SIGTERM) {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    /// Resident memory (kB) and CPU seconds so far, from /proc.
    public var usage: (rssKB: Int, cpuSeconds: Double)? { ProcessUsage.of(process.processIdentifier) }
}

public enum ProcessUsage {
    public static func of(_ pid: Int32) -> (rssKB: Int, cpuSeconds: Double)? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let rssLine = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let rss = rssLine.split(separator: " ").compactMap({ Int($0) }).first,
              let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // utime and stime are fields 14 and 15 of stat: 12 and 13 after the name.
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (rss, (user + system) / Double(sysconf(Int32(_SC_CLK_TCK))))
    }

    /// Proportional set size (kB): shared memory counted once across the processes sharing it.
    public static func proportionalKB(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Pss:") }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }

    /// The server processes of a cluster (postmaster and its children), by its data directory.
    public static func cluster(_ cluster: TestCluster) -> [Int32] {
        guard let pidText = try? String(contentsOfFile: cluster.dataDirectory + "/postmaster.pid", encoding: .utf8),
              let postmaster = pidText.split(separator: "\n").first.flatMap({ Int32($0) })
        else { return [] }
        var pids = [postmaster]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == postmaster { pids.append(pid) }
        }
        return pids
    }
}

/// A zone where it is midday at `instant` (12:00 to 12:59), so that programs set an hour or
/// two later still fall on the station's today, whatever the hour a test runs: an `Etc/GMT`
/// zone, a whole number of hours from UTC and without summer time.
public func middayZone(at instant: Date = Date()) -> TimeZone {
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = TimeZone(identifier: "UTC")!
    let hours = 12 - utc.component(.hour, from: instant)  // -11 ... +12
    // POSIX signs: Etc/GMT-8 is eight hours ahead of UTC.
    // Etc/UTC, not UTC: Foundation names UTC "GMT", which station.yaml does not take.
    let name = hours == 0 ? "Etc/UTC" : hours > 0 ? "Etc/GMT-\(hours)" : "Etc/GMT+\(-hours)"
    return TimeZone(identifier: name)!
}

public func eventually(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
    let end = Date().addingTimeInterval(timeout)
    repeat {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    } while Date() < end
    return false
}

/// A station: a real dalabad (its loudspeaker libasound's file plugin writing to a plain file,
/// so an announcement plays as fast as it renders) and a real dalaba-link, in a temporary
/// directory.
public final class Station {
    public let name: String
    public let directory: URL
    public let schedules: URL
    public let socket: String
    public let credentials: URL
    public private(set) var daemon: Child?
    public private(set) var link: Child?

    /// `zones`: loudspeaker zones by name, each a device of its own writing `zone<N>.raw`
    /// (`zoneFile`); none: one loudspeaker writing `speaker.raw`. `timeZone`: station.yaml's, by name.
    public init(_ name: String, credentials: StationCredentials, zones: [String] = [], timeZone: String = "UTC") throws {
        self.name = name
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("dalaba-link-test-\(UUID().uuidString.prefix(8))")
        schedules = directory.appendingPathComponent("schedules")
        try FileManager.default.createDirectory(at: schedules, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("control.sock").path
        var yaml = "timezone: \(timeZone)\n"
        var alsa = #"</usr/share/alsa/alsa.conf>"# + "\n" +
            #"pcm.loudspeaker { type file slave.pcm "null" file "\#(directory.path)/speaker.raw" format "raw" }"# + "\n"
        if !zones.isEmpty { yaml += "zones:\n" }
        for (index, zone) in zones.enumerated() {
            yaml += "  \(zone): zone\(index)\n"
            alsa += #"pcm.zone\#(index) { type file slave.pcm "null" file "\#(directory.path)/zone\#(index).raw" format "raw" }"# + "\n"
        }
        try yaml.write(to: schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
        try alsa.write(to: directory.appendingPathComponent("alsa.conf"), atomically: true, encoding: .utf8)
        self.credentials = directory.appendingPathComponent("hub.credentials")
        try credentials.fileText.write(to: self.credentials, atomically: true, encoding: .utf8)
        chmod(self.credentials.path, 0o600)
    }

    public func startDaemon() throws {
        let daemon = try Child(
            productsDirectory.appendingPathComponent("dalabad"),
            ["--schedules", schedules.path, "--voices", repositoryRoot.appendingPathComponent("voices").path,
             "--state", directory.appendingPathComponent("state").path, "--socket", socket, "--output", "alsa:loudspeaker"],
            environment: ["ALSA_CONFIG_PATH": directory.appendingPathComponent("alsa.conf").path])
        self.daemon = daemon
        guard daemon.wait(for: "ready:", timeout: 20) else { throw HarnessError("dalabad did not get ready: \(daemon.output.text)") }
    }

    /// Starts dalaba-link as systemd would: the credentials in $CREDENTIALS_DIRECTORY/hub.
    public func startLink(heartbeat: Double = 1, retryMax: Double = 2, waitConnected: Bool = true) throws {
        let credentialsDirectory = directory.appendingPathComponent("credentials")
        try? FileManager.default.createDirectory(at: credentialsDirectory, withIntermediateDirectories: true)
        let file = credentialsDirectory.appendingPathComponent("hub")
        try? FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(at: credentials, to: file)
        let link = try Child(
            productsDirectory.appendingPathComponent("dalaba-link"),
            ["--socket", socket, "--schedules", schedules.path, "--voices", repositoryRoot.appendingPathComponent("voices").path,
             "--heartbeat", String(heartbeat), "--retry-max", String(retryMax)],
            environment: ["CREDENTIALS_DIRECTORY": credentialsDirectory.path, "HOME": "/nonexistent"])
        self.link = link
        guard waitConnected else { return }
        guard link.wait(for: "connected to the hub", timeout: 20) else { throw HarnessError("dalaba-link did not connect: \(link.output.text)") }
    }

    public func killLink(_ signal: Int32 = SIGTERM) { link?.kill(signal) }

    public func stopDaemon() { daemon?.kill() }

    /// What the zone's loudspeaker received (raw samples).
    public func zoneFile(_ index: Int) -> Data { (try? Data(contentsOf: directory.appendingPathComponent("zone\(index).raw"))) ?? Data() }

    /// A new disk: dalabad's state directory (its SQLite store) gone.
    public func wipeStore() throws { try FileManager.default.removeItem(at: directory.appendingPathComponent("state")) }

    /// The station's play log (every line, by sequence) from dalabad.
    public func history() throws -> [HistoryLine] {
        var lines: [HistoryLine] = []
        var after: Int64 = 0
        while true {
            let reply = try control(#"{"cmd":"history","after":\#(after)}"#)
            let records = (reply["records"] as? [[String: Any]]) ?? []
            for record in records {
                lines.append(HistoryLine(
                    key: record["key"] as? String, status: record["status"] as? String ?? "",
                    started: (record["started"] as? String).flatMap(parseInstant), finished: (record["finished"] as? String).flatMap(parseInstant),
                    reason: record["reason"] as? String, zones: record["zones"] as? [String]))
            }
            guard let next = reply["next"] as? Int else { return lines }
            after = Int64(next)
        }
    }

    /// One request on dalabad's control socket, the reply as a dictionary.
    public func control(_ json: String) throws -> [String: Any] {
        let client = try ControlClient(path: socket)
        try client.send(Data((json + "\n").utf8))
        guard let line = try client.readLine() else { throw HarnessError("dalabad closed the connection") }
        guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else { throw HarnessError("not an object") }
        return object
    }

    public func stop() {
        link?.kill()
        daemon?.kill()
        try? FileManager.default.removeItem(at: directory)
    }
}

public struct HistoryLine: Sendable {
    public var key: String?
    public var status: String
    public var started: Date?
    public var finished: Date?
    public var reason: String?
    public var zones: [String]? = nil
}

public func parseInstant(_ text: String) -> Date? {
    try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
}

