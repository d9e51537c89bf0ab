// `dalaba-bench zones`: "decoding never delays another zone's announcement" (#13), measured as
// the station bench measures start latency. The built dalabad with two zones on two ALSA
// file-plugin PCMs, each writing into a FIFO this process drains: zone 东头 gets a program of
// 10-minute MP3s (made by ffmpeg) falling into the render lead every 3 s, so a long recording is
// being decoded and levelled — and one plays — through the whole run; zone 西头 gets one short
// announcement a second. Reports due → first sample at 西头's PCM (p50/p99/max).
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

func zoneBench() throws {
    let run = ZoneBenchRun()
    defer { run.stop() }
    try run.start()
    let dues = run.dues
    let deadline = dues.last!.addingTimeInterval(5)
    while Date() < deadline, run.west.firstBytes.count < dues.count { Thread.sleep(forTimeInterval: 0.2) }
    let arrivals = run.west.firstBytes
    let latencies = zip(dues, arrivals).map { $1.timeIntervalSince($0) * 1000 }.sorted()
    print(String(format: "zone 西头, due → first sample at its PCM over %d announcements while 东头 decodes and plays 10-minute MP3s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 ≤ 2 ms); load average %@",
                 latencies.count, percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99), latencies.last ?? .nan, loadAverage()))
    print("  东头 started \(run.east.firstBytes.count) MP3 playback(s); \(run.mp3Renders) MP3 occurrence(s) rendered ahead during the run")
    if arrivals.count != dues.count { print("  warning: \(arrivals.count) playbacks reached 西头's PCM, \(dues.count) were due") }
}

final class ZoneBenchRun {
    let directory = URL(fileURLWithPath: "/tmp/dalaba-zonebench-\(getpid())")
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    private(set) var dues: [Date] = []
    private(set) var east: FIFOReader!
    private(set) var west: FIFOReader!
    private(set) var mp3Renders = 0
    private var process: Process?

    static let announcements = 60

    func start() throws {
        let schedules = directory.appendingPathComponent("schedules")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: schedules, withIntermediateDirectories: true)
        let mp3 = directory.appendingPathComponent("long.mp3")
        let ffmpeg = Process()
        ffmpeg.executableURL = URL(fileURLWithPath: "/usr/bin/ffmpeg")
        ffmpeg.arguments = ["-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=600", "-ar", "44100", "-ac", "2", "-b:a", "128k", mp3.path]
        try ffmpeg.run()
        ffmpeg.waitUntilExit()
        guard ffmpeg.terminationStatus == 0 else { throw BenchFailure("ffmpeg could not make \(mp3.path)") }

        try """
            timezone: UTC
            lead_in: 0s
            zones:
              东头: speakerA
              西头: speakerB
            """.write(to: schedules.appendingPathComponent("station.yaml"), atomically: true, encoding: .utf8)
        // Far enough ahead for the daemon to start: it checks the MP3 (decodes it whole) at load.
        let first = (Date().timeIntervalSince1970 + 25).rounded(.up)
        dues = (0..<Self.announcements).map { Date(timeIntervalSince1970: first + Double($0)) }
        // The MP3 occurrences enter the 30 s render lead every 3 s from the first due second on.
        let mp3Dues = stride(from: 0.0, to: Double(Self.announcements), by: 3).map { Date(timeIntervalSince1970: first + 30 + $0) }
        mp3Renders = mp3Dues.count
        func times(_ dates: [Date]) -> String {
            let utc = TimeZone(identifier: "UTC")!
            return dates.map { due -> String in
                let c = Calendar(identifier: .gregorian).dateComponents(in: utc, from: due)
                return String(format: "\"%02d:%02d:%02d\"", c.hour!, c.minute!, c.second!)
            }.joined(separator: ", ")
        }
        try """
            title: 测速
            text: 请注意。
            days: daily
            times: [\(times(dues))]
            chime: false
            zones: [西头]
            """.write(to: schedules.appendingPathComponent("west.yaml"), atomically: true, encoding: .utf8)
        try """
            title: 长录音
            audio: \(mp3.path)
            days: daily
            times: [\(times(mp3Dues))]
            chime: false
            zones: [东头]
            """.write(to: schedules.appendingPathComponent("east.yaml"), atomically: true, encoding: .utf8)

        var config = "</usr/share/alsa/alsa.conf>\n"
        for name in ["speakerA", "speakerB"] {
            let fifo = directory.appendingPathComponent("\(name).fifo").path
            guard mkfifo(fifo, 0o600) == 0 else { throw BenchFailure("cannot make \(fifo)") }
            config += "pcm.\(name) { type file slave.pcm \"null\" file \"\(fifo)\" format \"raw\" }\n"
            if name == "speakerA" { east = FIFOReader(path: fifo) } else { west = FIFOReader(path: fifo) }
        }
        let alsa = directory.appendingPathComponent("alsa.conf")
        try config.write(to: alsa, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = products.appendingPathComponent("dalabad")
        process.arguments = [
            "--schedules", schedules.path, "--voices", repository.appendingPathComponent("voices").path,
            "--state", directory.appendingPathComponent("state").path, "--socket", directory.appendingPathComponent("control.sock").path,
            "--output", "null",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["ALSA_CONFIG_PATH"] = alsa.path
        process.environment = environment
        // The daemon's log beside the bench's own output, for a look when a figure is off.
        FileManager.default.createFile(atPath: "/tmp/dalaba-zonebench.log", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: "/tmp/dalaba-zonebench.log")
        try process.run()
        self.process = process
    }

    func stop() {
        if let process, process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        east?.stop()
        west?.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}
