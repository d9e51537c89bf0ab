// `dalaba-bench station`: the daemon as it runs on the station box, measured from outside.
// Starts the built dalabad with the repo's programs plus one bench program of 60 occurrences
// a second apart, its ALSA output a file-plugin PCM writing into a FIFO that this process
// drains, and reports: due → first sample at the PCM (p50/p99), idle CPU over 60 s and idle
// resident memory, and the `dalaba status` round trip.
import Audio
import Control
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

func stationBench() throws {
    let bench = try StationBenchRun()
    defer { bench.stop() }
    try bench.start()

    // 1. Due → first sample: the FIFO reader timestamps the first bytes of each playback.
    startLatency(bench)

    // 2. Idle: nothing due for the next minute, the day's programs loaded.
    let before = try bench.cpuSeconds()
    Thread.sleep(forTimeInterval: 60)
    let idleCPU = try bench.cpuSeconds() - before
    print(String(format: "idle CPU over 60 s with %d programs loaded: %.3f s (target ≤ 0.1 s)", bench.programCount, idleCPU))
    let memory = try bench.residentMegabytes()
    print(String(format: "idle resident memory: %.1f MB (target ≤ 40 MB): %.1f MB anonymous, %.1f MB mapped files (shared libraries); proportional share (PSS) %.1f MB",
                 memory.total, memory.anonymous, memory.files, try bench.proportionalMegabytes()))

    // 3. Status round trip: in-process client, and the whole `dalaba status` command.
    var roundTrips: [Double] = []
    for _ in 0..<200 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try ControlClient(path: bench.socket).call(Request(.status))
        roundTrips.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    roundTrips.sort()
    print(String(format: "status round trip (connect, request, reply) over 200: p50 %.2f ms, p99 %.2f ms", percentile(roundTrips, 0.5), percentile(roundTrips, 0.99)))
    var commands: [Double] = []
    for _ in 0..<20 {
        let start = DispatchTime.now().uptimeNanoseconds
        try bench.runStatusCommand()
        commands.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    commands.sort()
    print(String(format: "`dalaba status` as a whole process over 20: p50 %.1f ms, p99 %.1f ms (target ≤ 15 ms)", percentile(commands, 0.5), percentile(commands, 0.99)))
}

/// `dalaba-bench start`: only the start latency of the station bench (about 70 s).
func startBench() throws {
    let bench = try StationBenchRun()
    defer { bench.stop() }
    try bench.start()
    startLatency(bench)
}

private func startLatency(_ bench: StationBenchRun) {
    let dues = bench.dues
    let deadline = dues.last!.addingTimeInterval(5)
    while Date() < deadline, bench.speaker.firstBytes.count < dues.count { Thread.sleep(forTimeInterval: 0.2) }
    let arrivals = bench.speaker.firstBytes
    let latencies = zip(dues, arrivals).map { ($1.timeIntervalSince($0)) * 1000 }.sorted()
    print(String(format: "due → first sample at the PCM over %d announcements: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 ≤ 20 ms); load average %@",
                 latencies.count, percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99), latencies.last ?? .nan, loadAverage()))
    if arrivals.count != dues.count { print("  warning: \(arrivals.count) playbacks reached the PCM, \(dues.count) were due") }
}

/// /proc/loadavg's first three figures: how busy the machine was while a figure was taken.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

/// One daemon in a temporary directory for the station bench.
final class StationBenchRun {
    let directory = URL(fileURLWithPath: "/tmp/dalaba-bench-\(getpid())")
    var socket: String { directory.appendingPathComponent("control.sock").path }
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    private(set) var dues: [Date] = []
    private(set) var programCount = 0
    private var process: Process?
    private(set) var speaker: FIFOReader!

    static let announcements = 60

    func start() throws {
        let schedules = directory.appendingPathComponent("schedules")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: schedules, withIntermediateDirectories: true)
        // The repo's programs (a day's timetable), on UTC and without quiet hours so the bench
        // runs alike at any hour.
        for name in try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("schedules").path)
        where name.hasSuffix(".yaml") && name != "station.yaml" {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent("schedules/\(name)"), to: schedules.appendingPathComponent(name))
        }
        // No lead-in: the first bytes at the PCM are then the chime's, due on the second (with one,
        // the same path starts the silence that much earlier).
        try "timezone: UTC\nlead_in: 0s\n".write(to: schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
        let first = (Date().timeIntervalSince1970 + 8).rounded(.up)
        dues = (0..<Self.announcements).map { Date(timeIntervalSince1970: first + Double($0)) }
        let utc = TimeZone(identifier: "UTC")!
        let times = dues.map { due -> String in
            let c = Calendar(identifier: .gregorian).dateComponents(in: utc, from: due)
            return String(format: "\"%02d:%02d:%02d\"", c.hour!, c.minute!, c.second!)
        }
        try """
            title: 测速
            text: 请注意。
            days: daily
            times: [\(times.joined(separator: ", "))]
            chime: false
            """.write(to: schedules.appendingPathComponent("zz-bench.yaml"), atomically: true, encoding: .utf8)
        programCount = try FileManager.default.contentsOfDirectory(atPath: schedules.path).count - 1

        let fifo = directory.appendingPathComponent("speaker.fifo").path
        guard mkfifo(fifo, 0o600) == 0 else { throw BenchFailure("cannot make \(fifo)") }
        speaker = FIFOReader(path: fifo)
        let alsa = directory.appendingPathComponent("alsa.conf")
        try """
            </usr/share/alsa/alsa.conf>
            pcm.loudspeaker { type file slave.pcm "null" file "\(fifo)" format "raw" }
            """.write(to: alsa, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = products.appendingPathComponent("dalabad")
        process.arguments = [
            "--schedules", schedules.path, "--voices", repository.appendingPathComponent("voices").path,
            "--state", directory.appendingPathComponent("state").path, "--socket", socket, "--output", "alsa:loudspeaker",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["ALSA_CONFIG_PATH"] = alsa.path
        process.environment = environment
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        self.process = process
        let ready = Date().addingTimeInterval(20)
        while (try? ControlClient(path: socket)) == nil {
            guard Date() < ready, process.isRunning else { throw BenchFailure("dalabad did not start") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func stop() {
        if let process, process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        speaker?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// User + system CPU time of the daemon so far, from /proc/PID/stat.
    func cpuSeconds() throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(process!.processIdentifier)/stat", encoding: .utf8)
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
        let fields = stat[stat.lastIndex(of: ")")!...].split(separator: " ")
        let ticks = Double(fields[12])! + Double(fields[13])!
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// VmRSS, RssAnon and RssFile from /proc/PID/status, in MB.
    func residentMegabytes() throws -> (total: Double, anonymous: Double, files: Double) {
        let status = try String(contentsOfFile: "/proc/\(process!.processIdentifier)/status", encoding: .utf8)
        func field(_ name: String) -> Double {
            let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            return (line.flatMap { Double($0.split(separator: " ")[1]) } ?? .nan) / 1024
        }
        return (field("VmRSS"), field("RssAnon"), field("RssFile"))
    }

    /// Pss from /proc/PID/smaps_rollup: shared library pages divided among the processes using them.
    func proportionalMegabytes() throws -> Double {
        let rollup = try String(contentsOfFile: "/proc/\(process!.processIdentifier)/smaps_rollup", encoding: .utf8)
        let line = rollup.split(separator: "\n").first { $0.hasPrefix("Pss:") }
        return (line.flatMap { Double($0.split(separator: " ", omittingEmptySubsequences: true)[1]) } ?? .nan) / 1024
    }

    /// Spawns `dalaba status` and waits with waitpid: Foundation's `Process.waitUntilExit` polls
    /// its run loop in 50 ms steps, which would swamp what is measured here.
    func runStatusCommand() throws {
        let executable = products.appendingPathComponent("dalaba").path
        let arguments = [executable, "status", "--socket", socket]
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, &argv, environ) == 0 else {
            throw BenchFailure("cannot start \(executable)")
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw BenchFailure("dalaba status failed (wait status \(status))") }
    }
}

/// Drains the PCM's FIFO as fast as it fills and notes when each playback's first bytes came.
/// (The daemon opens the PCM per announcement, so each playback is one writer session.)
final class FIFOReader: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var arrivals: [Date] = []
    private var stopped = false

    init(path: String) {
        self.path = path
        let thread = Thread { [unowned self] in self.loop() }
        thread.start()
    }

    var firstBytes: [Date] { lock.withLock { arrivals } }

    func stop() {
        lock.withLock { stopped = true }
        let fd = open(path, O_WRONLY | O_NONBLOCK)
        if fd >= 0 { close(fd) }
    }

    private func loop() {
        // The reader stands in for a sound card, which has no scheduling delay: on a loaded
        // machine a reader at the normal policy wakes late and its timestamps measure that.
        StartInstant.realtime()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !lock.withLock({ stopped }) {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return }
            var first = true
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                if first {
                    let now = Date()
                    lock.withLock { if !stopped { arrivals.append(now) } }
                    first = false
                }
            }
            close(fd)
        }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
