import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// The repository root (for `voices/`), found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The directory holding the built `dalaba` and `dalabad`, beside the test bundle.
let productsDirectory: URL = {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
}()

/// How far ahead of now a test puts a program due soon after `start()`: the daemon has to be up
/// and the program rendered before its due second. Beside CPU hogs on the 2-core machine that
/// took up to 5.6 s (DaemonVolumeTests' amplifier came on 0.36 s before due, not 1.5 s, with 6 s
/// ahead; 3 and 4 s ahead started programs 2 s and 1.5 s late), hence 9.
let startMargin: TimeInterval = 9

/// espeak-ng's output rate: the FIFO reader consumes 16-bit mono at this rate, like a sound card.
let sampleRate = 22050

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a built executable to completion.
@discardableResult
func runProduct(_ executable: String, _ arguments: [String], environment: [String: String] = [:], prefix: [String] = [])
    throws -> CommandResult
{
    let process = Process()
    if prefix.isEmpty {
        process.executableURL = productsDirectory.appendingPathComponent(executable)
        process.arguments = arguments
    } else {
        process.executableURL = URL(fileURLWithPath: prefix[0])
        process.arguments = Array(prefix.dropFirst()) + [productsDirectory.appendingPathComponent(executable).path] + arguments
    }
    var env = ProcessInfo.processInfo.environment
    env["DALABA_SOCKET"] = nil
    process.environment = env.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let box = DataBox()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { box.data = out.fileHandleForReading.readDataToEndOfFile() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: box.data, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// One play-log line as `dalaba history --json` prints it.
struct HistoryLine: Decodable {
    var id: Int64
    var title: String
    var text: String
    var status: String
    var due: Date
    var started: Date?
    var finished: Date?
    /// The level it played at, percent.
    var volume: Double?
    /// `program FILE`, `user NAME` or `alert SENDER`.
    var source: String?
}

/// A real `dalabad` in a temporary directory, its ALSA output a file-plugin PCM named
/// `loudspeaker` whose file is either a plain file (plays instantly) or a FIFO that
/// `SpeakerReader` drains at the sound card's rate.
final class DaemonHarness {
    let directory: URL
    let schedules: URL
    let socket: String
    let raw: URL
    let alsaConfig: URL
    private(set) var process: Process?
    private var logPipe: Pipe?
    let log = LogBox()

    init(fifo: Bool = false, stationYAML: String = "timezone: UTC\n", speakerDefined: Bool = true) throws {
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("dalabad-test-\(UUID().uuidString.prefix(8))")
        schedules = directory.appendingPathComponent("schedules")
        try FileManager.default.createDirectory(at: schedules, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("control.sock").path
        raw = directory.appendingPathComponent(fifo ? "speaker.fifo" : "speaker.raw")
        if fifo { XCTAssertEqual(mkfifo(raw.path, 0o600), 0) }
        alsaConfig = directory.appendingPathComponent("alsa.conf")
        try defineSpeaker(speakerDefined)
        try stationYAML.write(to: schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
    }

    /// Writes the ALSA configuration with or without the `loudspeaker` PCM: a sound card
    /// plugged in or pulled out, as far as libasound (which re-reads a changed config) can tell.
    func defineSpeaker(_ defined: Bool) throws {
        let definition = #"pcm.loudspeaker { type file slave.pcm "null" file "\#(raw.path)" format "raw" }"#
        try ("</usr/share/alsa/alsa.conf>\n" + (defined ? definition + "\n" : "")).write(to: alsaConfig, atomically: true, encoding: .utf8)
    }

    /// `dalaba status --json` as an object.
    func status() throws -> [String: Any] {
        let result = try dalaba("status", "--json")
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw HarnessError("status failed (\(result.status)): \(result.stdout) \(result.stderr)")
        }
        return object
    }

    /// Writes a program file due at `due` (whole seconds, UTC) every day.
    /// The title of the program occurrence `status` names as next (it looks 48 hours ahead,
    /// so unlike `queue` it does not depend on the hour a test runs at).
    func nextProgramTitle() throws -> String? {
        (try status()["next"] as? [String: Any])?["title"] as? String
    }

    func addProgram(_ name: String, title: String, text: String, due: Date, priority: String = "normal") throws {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: due)
        let time = String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
        try """
            title: \(title)
            text: \(text)
            days: daily
            times: ["\(time)"]
            priority: \(priority)
            """.write(to: schedules.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Starts dalabad and waits until its socket answers.
    func start(output: String = "alsa:loudspeaker", environment extra: [String: String] = [:], arguments: [String] = [],
               voices: URL = repositoryRoot.appendingPathComponent("voices")) throws {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("dalabad")
        process.arguments = [
            "--schedules", schedules.path, "--voices", voices.path,
            "--state", directory.appendingPathComponent("state").path, "--socket", socket, "--output", output,
        ] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ALSA_CONFIG_PATH"] = alsaConfig.path
        environment["JOURNAL_STREAM"] = nil
        environment["NOTIFY_SOCKET"] = nil
        process.environment = environment.merging(extra) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        let log = self.log
        pipe.fileHandleForReading.readabilityHandler = { handle in log.append(handle.availableData) }
        let logStart = log.text.utf8.count  // a restart: only this run's "ready" counts
        try process.run()
        self.process = process
        logPipe = pipe
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if !process.isRunning { throw HarnessError("dalabad exited at start: \(log.text)") }
            if String(decoding: log.text.utf8.dropFirst(logStart), as: UTF8.self).contains("ready:") { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw HarnessError("dalabad did not get ready: \(log.text)")
    }

    /// Lets any local user reach the socket, so that tests of the daemon's own check (SO_PEERCRED:
    /// root and group dalaba may change things, others only read) do not depend on the socket
    /// file's group — which is `dalaba` once that group exists on the machine (an installed
    /// station, or a test that created it), and then no outsider could connect at all.
    func letOthersConnect() {
        chmod(directory.path, 0o755)
        chmod(socket, 0o666)
    }

    func dalaba(_ arguments: String..., prefix: [String] = []) throws -> CommandResult {
        try runProduct("dalaba", arguments + ["--socket", socket], prefix: prefix)
    }

    func history() throws -> [HistoryLine] {
        let result = try dalaba("history", "--json")
        guard result.status == 0 else { throw HarnessError("history failed: \(result.stderr)") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            return try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
        }
        return try decoder.decode([HistoryLine].self, from: Data(result.stdout.utf8))
    }

    /// Polls the play log until `done` holds (the daemon writes it as things happen).
    func waitForHistory(timeout: TimeInterval = 20, _ done: ([HistoryLine]) -> Bool) throws -> [HistoryLine] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [HistoryLine] = []
        while Date() < deadline {
            lines = try history()
            if done(lines) { return lines }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw HarnessError("timed out; history: \(lines.map { "\($0.id):\($0.title):\($0.status)" }) log: \(log.text)")
    }

    func say(_ text: String, _ options: String...) throws -> Int64 {
        let result = try runProduct("dalaba", ["say", text] + options + ["--socket", socket])
        guard result.status == 0, let id = Int64(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError("say failed (\(result.status)): \(result.stdout) \(result.stderr)")
        }
        return id
    }

    func kill(_ signal: Int32) {
        guard let process, process.isRunning else { return }
        Glibc.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    /// The log's lines that tell where the time went before a late start: the daemon ready,
    /// each announcement queued and started (with how late).
    var timingLines: String {
        log.text.split(separator: "\n").filter { $0.contains("ready:") || $0.contains(": queued") || $0.contains(": started") }
            .joined(separator: "\n")
    }

    func waitForLog(_ text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if log.text.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    private var smallState: URL?

    /// Puts the state directory on a 2 MB tmpfs (root only; skips the test elsewhere), before
    /// `start`; `tearDown` unmounts it.
    func mountSmallState() throws -> URL {
        try XCTSkipUnless(getuid() == 0, "needs root to mount a small tmpfs")
        let state = directory.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try XCTSkipUnless(try runCommand("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", state.path]) == 0, "cannot mount tmpfs here")
        smallState = state
        return state
    }

    /// Fills the small state directory to the last block; remove the returned file for room.
    func fillState() -> URL {
        let filler = directory.appendingPathComponent("state/filler")
        let fd = open(filler.path, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0, count: 4096)
        while write(fd, block, block.count) > 0 {}
        close(fd)
        return filler
    }

    /// Kills the daemon if a test left it running, and removes the directory.
    /// The station's own voices folder under the harness directory: the profiles and the local
    /// lexicon copied (a test may edit them), the big `mandarin` tables linked; `omitting` names
    /// files the test writes itself.
    func makeVoicesFolder(omitting: Set<String> = []) throws -> URL {
        let voices = directory.appendingPathComponent("voices")
        try FileManager.default.createDirectory(at: voices, withIntermediateDirectories: true)
        let repositoryVoices = repositoryRoot.appendingPathComponent("voices")
        for name in try FileManager.default.contentsOfDirectory(atPath: repositoryVoices.path)
        where name != "mandarin" && !omitting.contains(name) {
            try FileManager.default.copyItem(at: repositoryVoices.appendingPathComponent(name), to: voices.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            at: voices.appendingPathComponent("mandarin"), withDestinationURL: repositoryVoices.appendingPathComponent("mandarin"))
        return voices
    }

    func tearDown() {
        kill(SIGKILL)
        if let smallState { _ = try? runCommand("/bin/umount", ["-l", smallState.path]) }
        logPipe?.fileHandleForReading.readabilityHandler = nil
        try? FileManager.default.removeItem(at: directory)
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

final class LogBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

/// Drains the speaker FIFO at `sampleRate` × 2 bytes a second, as a sound card would, so that
/// back-pressure paces the daemon's playback in real time. Records when each playback's
/// first bytes arrived.
final class SpeakerReader: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var _bytes = 0
    private var _firstBytes: [Date] = []
    private var stopped = false
    private var hungUp = false
    private let thread: Thread
    let speed: Double

    init(path: String, speed: Double = 1) {
        self.path = path
        self.speed = speed
        let box = WeakBox()
        thread = Thread { box.reader?.loop() }
        box.reader = self
        thread.start()
    }

    var bytes: Int { lock.withLock { _bytes } }
    var firstBytes: [Date] { lock.withLock { _firstBytes } }

    /// The cable pulled mid-play: the reading end closes at once, the writer gets EPIPE.
    func hangUp() {
        lock.withLock {
            hungUp = true
            stopped = true
        }
    }

    func stop() {
        lock.withLock { stopped = true }
        // Unblock an open() waiting for a writer.
        let fd = open(path, O_WRONLY | O_NONBLOCK)
        if fd >= 0 { close(fd) }
    }

    private func loop() {
        let bytesPerSecond = Double(sampleRate * 2) * speed
        var buffer = [UInt8](repeating: 0, count: 2048)
        while !lock.withLock({ stopped }) {
            let fd = open(path, O_RDONLY)  // blocks until the daemon opens the PCM
            guard fd >= 0 else { return }
            var sessionStart: Date?
            var sessionBytes = 0
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 || lock.withLock({ hungUp }) { break }
                let now = Date()
                if sessionStart == nil {
                    sessionStart = now
                    lock.withLock { _firstBytes.append(now) }
                }
                sessionBytes += count
                lock.withLock { _bytes += count }
                // Sleep until these bytes would have been played.
                let due = sessionStart!.addingTimeInterval(Double(sessionBytes) / bytesPerSecond)
                let wait = due.timeIntervalSinceNow
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            close(fd)
        }
    }

    private final class WeakBox: @unchecked Sendable {
        weak var reader: SpeakerReader?
    }
}

/// A `watch` connection read on its own thread: the station's events as they happen.
final class EventWatcher: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var _events: [[String: Any]] = []
    private var subscribed = false

    init(socket path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard withUnixAddress(path, { connect(fd, $0, $1) }) == 0 else { throw HarnessError("connect: \(errno)") }
        let request = Array(#"{"cmd":"watch"}"#.utf8) + [0x0A]
        _ = send(fd, request, request.count, Int32(MSG_NOSIGNAL))
        let thread = Thread { [self] in read() }
        thread.start()
        // Events before the daemon's "watching" reply would be lost: wait for it.
        guard eventually(timeout: 5, { lock.withLock { subscribed } }) else { throw HarnessError("watch was not answered") }
    }

    deinit { close(fd) }

    var kinds: [String] { lock.withLock { _events.compactMap { $0["event"] as? String } } }
    var events: [[String: Any]] { lock.withLock { _events } }

    func waitFor(_ kind: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if kinds.contains(kind) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    private func read() {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { return }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending = Data(pending[(newline + 1)...])
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { continue }
                if object["event"] != nil {
                    lock.withLock { _events.append(object) }
                } else if object["watching"] as? Bool == true {
                    lock.withLock { subscribed = true }
                }
            }
        }
    }
}

/// Calls `body` with `path` as a Unix socket address (for connect and bind).
func withUnixAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
}

/// Waits until `condition` holds, polling every 20 ms; false on timeout.
func eventually(timeout: TimeInterval = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return false
}

/// CPU seconds (user and system) process `pid` has used so far, from /proc/PID/stat: for a
/// bound on work that must hold on a loaded machine, where wall time measures the load.
func cpuSeconds(of pid: Int32) -> Double? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // utime and stime are fields 14 and 15 of stat: 12 and 13 after the name.
    guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
    return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
}

/// CPU seconds used by this process's children that have been waited for (runProduct's).
func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
