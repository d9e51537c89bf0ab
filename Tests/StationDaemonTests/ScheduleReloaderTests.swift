import Foundation
import Schedule
import Station
import Testing

@testable import StationDaemon

/// A schedules folder in /tmp, removed at the end.
final class SchedulesFolder: @unchecked Sendable {
    let root: URL
    let directory: URL

    init() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("station-daemon-\(UUID().uuidString.prefix(8))")
        directory = root.appendingPathComponent("schedules")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func program(_ name: String, title: String, time: String = "08:00", priority: String = "normal") throws {
        try write(name, "title: \(title)\ntext: \(title)。\ndays: daily\ntimes: [\"\(time)\"]\npriority: \(priority)\n")
    }
}

@Suite struct ScheduleReloaderTests {
    @Test func aBrokenFileKeepsItsLastGoodVersionAndIsReportedWithItsLine() throws {
        let folder = try SchedulesFolder()
        try folder.program("fire.yaml", title: "防火")
        let reloader = ScheduleReloader(directory: folder.directory, configFile: nil)
        let first = reloader.load(knownVoices: [])
        #expect(first.programCount == 1)
        #expect(first.errors.isEmpty)

        try folder.write("fire.yaml", "title: 防火\ntext: [请注意防火\n")
        let second = reloader.load(knownVoices: [])
        #expect(second.snapshot.programs.map(\.title) == ["防火"], "the last good version stays in force")
        #expect(second.errors.contains { $0.contains("fire.yaml:") }, "\(second.errors)")
        #expect(first.errors.isEmpty, "a value: the earlier load is not rewritten by the next")
    }

    @Test func aDeletedFileStopsAndANewOneThatNeverParsedIsOnlyAnError() throws {
        let folder = try SchedulesFolder()
        try folder.program("a.yaml", title: "甲")
        try folder.program("b.yaml", title: "乙")
        let reloader = ScheduleReloader(directory: folder.directory, configFile: nil)
        _ = reloader.load(knownVoices: [])
        try FileManager.default.removeItem(at: folder.directory.appendingPathComponent("b.yaml"))
        try folder.write("c.yaml", "title: 丙\ntext: 丙\ndays: daily\ntimes: [\"25:00\"]\n")
        let loaded = reloader.load(knownVoices: [])
        #expect(loaded.snapshot.programs.map(\.title) == ["甲"])
        #expect(loaded.errors.contains { $0.contains("c.yaml:") }, "\(loaded.errors)")
    }

    @Test func aMissingFolderKeepsEveryProgramLoadedBefore() throws {
        let folder = try SchedulesFolder()
        try folder.program("keep.yaml", title: "保留")
        let reloader = ScheduleReloader(directory: folder.directory, configFile: nil)
        _ = reloader.load(knownVoices: [])
        try FileManager.default.moveItem(at: folder.directory, to: folder.root.appendingPathComponent("away"))
        let loaded = reloader.load(knownVoices: [])
        #expect(loaded.snapshot.programs.map(\.title) == ["保留"])
        #expect(loaded.diagnostics.allSatisfy { $0.message.hasSuffix("the programs loaded before stay in force") }, "\(loaded.diagnostics)")
    }

    @Test func aBrokenSettingsFileKeepsTheLastGoodSettings() throws {
        let folder = try SchedulesFolder()
        let config = folder.root.appendingPathComponent("village.yaml")
        try "timezone: Asia/Shanghai\n".write(to: config, atomically: true, encoding: .utf8)
        let reloader = ScheduleReloader(directory: folder.directory, configFile: config)
        #expect(reloader.load(knownVoices: []).settings.timeZone.identifier == "Asia/Shanghai")
        try "timezone: [Asia/Shanghai\n".write(to: config, atomically: true, encoding: .utf8)
        let loaded = reloader.load(knownVoices: [])
        #expect(loaded.settings.timeZone.identifier == "Asia/Shanghai")
        #expect(loaded.errors.contains { $0.contains("village.yaml:") }, "\(loaded.errors)")
    }

    /// Start-up holds its own load while reloads run on other threads (what the socket and
    /// SIGHUP do once they are live): every load is whole, and the start-up value stays as it was.
    @Test func loadsOnManyThreadsEachReturnAWholeValue() throws {
        let folder = try SchedulesFolder()
        for number in 0..<20 { try folder.program("p\(number).yaml", title: "节目\(number)") }
        let reloader = ScheduleReloader(directory: folder.directory, configFile: nil)
        let startup = reloader.load(knownVoices: [])
        let counts = Counts()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            if index % 2 == 0 { try? folder.program("extra\(index).yaml", title: "加\(index)") }
            let loaded = reloader.load(knownVoices: [])
            counts.add(loaded.programCount == loaded.snapshot.programs.count && loaded.programCount >= 20)
        }
        #expect(counts.all.allSatisfy { $0 } && counts.all.count == 8)
        #expect(startup.programCount == 20)
        #expect(reloader.load(knownVoices: []).programCount == 24)
    }
}

final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool] = []
    func add(_ value: Bool) { lock.withLock { values.append(value) } }
    var all: [Bool] { lock.withLock { values } }
}
