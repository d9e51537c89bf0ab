import Foundation
import Platform
import XCTest

final class AmplifierTests: XCTestCase {
    /// Records what the amplifier ran, and when.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(String, Date)] = []
        var failing: Set<String> = []
        func run(_ command: String) -> String? {
            lock.lock(); entries.append((command, Date())); lock.unlock()
            return failing.contains(command) ? "relay not found" : nil
        }
        var commands: [String] { lock.lock(); defer { lock.unlock() }; return entries.map(\.0) }
        func time(of index: Int) -> Date { lock.lock(); defer { lock.unlock() }; return entries[index].1 }
    }

    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
    }

    func testSwitchesOnEarlyEnoughForTheWarmUp() {
        let recorder = Recorder(), log = Log()
        let amp = Amplifier(settings: .init(onCommand: "on", offCommand: "off", warmUp: 0.3, hold: 0.2),
                            log: log.append, run: recorder.run)
        let due = Date().addingTimeInterval(0.5)
        amp.willSpeak(at: due)
        Thread.sleep(until: due.addingTimeInterval(-0.05))
        XCTAssertEqual(recorder.commands, ["on"], "on before the due time")
        XCTAssertEqual(recorder.time(of: 0).timeIntervalSince(due), -0.3, accuracy: 0.1)
        amp.waitUntilReady()
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(due), -0.05, "ready at the due time")
        XCTAssertLessThan(Date().timeIntervalSince(due), 0.1, "and not later")
    }

    func testWithdrawnAnnouncementDropsThePlannedSwitchOn() {
        let recorder = Recorder(), log = Log()
        let amp = Amplifier(settings: .init(onCommand: "on", offCommand: "off", warmUp: 0.1, hold: 0.1),
                            log: log.append, run: recorder.run)
        amp.willSpeak(at: Date().addingTimeInterval(0.3))
        amp.nothingToSay()
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertEqual(recorder.commands, [], "never switched on")
        XCTAssertFalse(amp.isOn)

        amp.willSpeak(at: Date())  // on at once; then withdrawn: off after the hold
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertTrue(amp.isOn)
        amp.nothingToSay()
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(recorder.commands, ["on", "off"])
        XCTAssertFalse(amp.isOn)
    }

    func testBackToBackKeepsItOnThenOffAfterHold() {
        let recorder = Recorder()
        let amp = Amplifier(settings: .init(onCommand: "on", offCommand: "off", warmUp: 0.05, hold: 0.3),
                            log: { _ in }, run: recorder.run)
        amp.waitUntilReady()
        amp.doneSpeaking()
        Thread.sleep(forTimeInterval: 0.1)
        amp.waitUntilReady()  // the next one comes within the hold time
        amp.doneSpeaking()
        Thread.sleep(forTimeInterval: 0.15)
        XCTAssertEqual(recorder.commands, ["on"])
        XCTAssertTrue(amp.isOn)
        Thread.sleep(forTimeInterval: 0.4)
        XCTAssertEqual(recorder.commands, ["on", "off"])
        XCTAssertFalse(amp.isOn)
    }

    func testFailingCommandIsLoggedAndPlaybackGoesOn() {
        let recorder = Recorder(), log = Log()
        recorder.failing = ["on"]
        let amp = Amplifier(settings: .init(onCommand: "on", offCommand: "off", warmUp: 0, hold: 0),
                            log: log.append, run: recorder.run)
        amp.waitUntilReady()
        XCTAssertEqual(log.all, ["amplifier on command failed: relay not found; speaking anyway"])
    }

    func testUnconfiguredAmplifierDoesNothing() {
        let recorder = Recorder()
        let amp = Amplifier(settings: .init(), log: { _ in }, run: recorder.run)
        amp.willSpeak(at: Date())
        amp.waitUntilReady()
        amp.doneSpeaking()
        XCTAssertEqual(recorder.commands, [])
    }

    func testShellCommands() throws {
        XCTAssertNil(ShellCommand.run("true"))
        XCTAssertEqual(ShellCommand.run("echo relay busy >&2; exit 3"), "'echo relay busy >&2; exit 3' exited with status 3: relay busy")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("amp-\(UUID().uuidString)")
        XCTAssertNil(ShellCommand.run("mkdir '\(dir.path)'"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.path))
        try FileManager.default.removeItem(at: dir)
    }
}
