import Foundation
import Schedule

/// Loading and validating 1,000 program files (target: under 200 ms), and expanding a year
/// of occurrences, for the repo's samples and for the 1,000 generated programs.
func scheduleBench() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-schedule-bench-\(getpid())")
    try? FileManager.default.removeItem(at: dir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for index in 0..<1000 {
        try Data(generatedProgram(index).utf8).write(to: dir.appendingPathComponent(String(format: "program-%04d.yaml", index)))
    }
    try Data("timezone: Asia/Shanghai\nquiet_hours: 22:00-06:00\ngrace: 10m\n".utf8)
        .write(to: dir.appendingPathComponent("station.yaml"))

    let loader = ScheduleLoader(knownVoices: ["standard", "slow"])
    var loads: [Double] = []
    var snapshot = loader.load(directory: dir)
    for _ in 0..<7 {
        let start = DispatchTime.now()
        snapshot = loader.load(directory: dir)
        loads.append(elapsed(since: start))
    }
    precondition(snapshot.programs.count == 1000 && !snapshot.hasErrors, "generated programs must be valid")
    print(String(format: "load + validate 1,000 program files: %.1f ms median of 7 (min %.1f ms; target < 200 ms)",
                 middle(loads) * 1000, loads.min()! * 1000))

    var parses: [Double] = []
    let parser = ScheduleFileParser(knownVoices: ["standard", "slow"])
    let texts = (0..<1000).map { Data(generatedProgram($0).utf8) }
    for _ in 0..<7 {
        let start = DispatchTime.now()
        for (index, data) in texts.enumerated() { _ = parser.parse(data: data, name: "p\(index).yaml", path: "p\(index).yaml") }
        parses.append(elapsed(since: start))
    }
    print(String(format: "  of which parsing alone (no file system): %.1f ms", middle(parses) * 1000))

    let year = yearSpan(2027, in: snapshot.station.timeZone)
    var start = DispatchTime.now()
    let occurrences = snapshot.occurrences(from: year.start, to: year.end)
    print(String(format: "expand 2027 for 1,000 programs: %d occurrences in %.1f ms", occurrences.count, elapsed(since: start) * 1000))

    let samplesDir = URL(fileURLWithPath: "schedules")
    if FileManager.default.fileExists(atPath: samplesDir.path) {
        let samples = ScheduleLoader(knownVoices: nil).load(directory: samplesDir)
        start = DispatchTime.now()
        let sampleYear = samples.occurrences(from: year.start, to: year.end)
        print(String(format: "expand 2027 for the %d sample programs: %d occurrences in %.2f ms",
                     samples.programs.count, sampleYear.count, elapsed(since: start) * 1000))
    }

    start = DispatchTime.now()
    var cursor = year.start
    var steps = 0
    while let next = snapshot.nextOccurrence(after: cursor), steps < 1000 {
        cursor = next.due
        steps += 1
    }
    print(String(format: "nextOccurrence(after:), 1,000 programs: %.2f ms per call", elapsed(since: start) * 1000 / Double(max(steps, 1))))
}

/// A mix of the forms clerks write: time lists, intervals, weekday lists, date windows.
private func generatedProgram(_ index: Int) -> String {
    let days = ["daily", "weekdays", "weekends", "[mon, thu]", "[周二, 周五]", "[2027-03-01, 2027-06-15, 2027-10-08]"][index % 6]
    let times = index % 4 == 0 ? "every: 3h\nbetween: 08:00-20:00" : "times: [7:\(10 + index % 50), 12:00, 18:30]"
    let window = index % 3 == 0 ? "from: 2027-01-01\nuntil: 2027-12-31\nexcept: [2027-10-01]\n" : ""
    return """
        # generated program \(index)
        title: 第\(index)号通知
        text: |
          各位村民请注意：这是第\(index)号通知。请大家少出门、不聚集，出门戴口罩，勤洗手。
          如有发热咳嗽，请及时到村卫生室就诊。
        days: \(days)
        \(times)
        \(window)repeat: \(1 + index % 3)
        voice: \(index % 2 == 0 ? "standard" : "slow")
        priority: \(["low", "normal", "high", "emergency"][index % 4])
        chime: \(index % 5 != 0)

        """
}

private func yearSpan(_ year: Int, in zone: TimeZone) -> (start: Date, end: Date) {
    func midnight(_ date: LocalDate) -> Date {
        let wall = Double(date.daysSinceEpoch * 86_400)
        return Date(timeIntervalSince1970: wall - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall))))
    }
    return (midnight(LocalDate(year: year, month: 1, day: 1)!), midnight(LocalDate(year: year + 1, month: 1, day: 1)!))
}

private func elapsed(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

private func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
