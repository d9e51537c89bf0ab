import Announcer
import Audio
import Foundation
import Mandarin
import Platform
import Schedule
import Speech
import Station
import Testing
import Vocabulary

@testable import StationDaemon

let repositoryVoices = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("voices")

/// A sink that keeps what it was given.
final class RecordingSink: AudioSink {
    let name = "recording"
    var played: [PCMBuffer] = []
    func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd {
        played.append(buffer)
        return .finished
    }
}

final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite(.serialized) struct AnnouncerSpeakerTests {
    func speaker(_ sink: AudioSink, log: StationLog = StationLog(journald: true, write: { _ in })) throws -> AnnouncerSpeaker {
        AnnouncerSpeaker(
            sink: sink, voices: try VoiceLibrary(directory: repositoryVoices),
            reader: try MandarinReader(voicesDirectory: repositoryVoices), log: log)
    }

    func announcement(_ text: String, voice: String? = nil, priority: Priority = .normal, repeatCount: Int = 1) -> Announcement {
        Announcement(id: 7, draft: AnnouncementDraft(
            title: "t", text: text, voice: voice, repeatCount: repeatCount, chime: false, priority: priority,
            source: .user("test"), due: Date()))
    }

    @Test func rendersTheTextAndPlaysItOnTheSink() throws {
        let sink = RecordingSink()
        let output = try speaker(sink)
        let once = try output.render(announcement("请各位村民注意防火。"))
        let twice = try output.render(announcement("请各位村民注意防火。", repeatCount: 2))
        #expect(once.audio.duration > 1, "\(once.audio.duration) s")
        #expect(twice.audio.duration > 2 * once.audio.duration, "a repeat adds the reading and the gap")
        #expect(try output.play(once, shouldStop: { false }))
        #expect(sink.played.count == 1)
        #expect(sink.played.first?.samples == once.audio.samples)
    }

    @Test func nothingSpeakableAndAnUnknownVoiceAreErrorsOfTheAnnouncement() throws {
        let output = try speaker(NullSink())
        #expect(throws: AnnouncerError.self) { try output.render(announcement("……")) }
        #expect(throws: (any Error).self) { try output.render(announcement("通知", voice: "robot")) }
    }

    @Test func anEmergencyStartsWithTheAlertToneInsteadOfNothing() throws {
        let output = try speaker(NullSink())
        let normal = try output.render(announcement("紧急通知"))
        let emergency = try output.render(announcement("紧急通知", priority: .emergency))
        #expect(emergency.audio.duration > normal.audio.duration, "the alert tone comes first")
    }

    @Test func theAmplifierIsAskedOnByAnExpectedRenderAndReleasedWhenItIsWithdrawn() throws {
        let commands = Lines()
        let amplifier = Amplifier(
            settings: .init(onCommand: "on", offCommand: "off", warmUp: 0, hold: 0), log: { _ in },
            run: { command in commands.append(command); return nil })
        let output = try speaker(NullSink())
        output.setAmplifier(amplifier)
        let rendered = try output.render(announcement("通知"))
        Thread.sleep(forTimeInterval: 0.2)
        #expect(!amplifier.isOn, "a render alone is no promise to play: the announcement may be cancelled meanwhile")
        output.expect(rendered, for: announcement("通知"))
        let on = Date().addingTimeInterval(10)
        while !amplifier.isOn, Date() < on { Thread.sleep(forTimeInterval: 0.01) }
        #expect(amplifier.isOn, "switched on ahead of the due time")
        output.withdraw(rendered)
        let off = Date().addingTimeInterval(10)
        while amplifier.isOn, Date() < off { Thread.sleep(forTimeInterval: 0.01) }
        #expect(!amplifier.isOn, "nothing else expected: off after the hold")
        #expect(commands.all == ["on", "off"])
    }

    @Test func onlyAnALSADeviceIsProbed() throws {
        try speaker(NullSink()).probe()
        try speaker(WAVDirectorySink(directory: URL(fileURLWithPath: "/nonexistent/wav"))).probe()
        #expect(throws: (any Error).self) { try speaker(ALSASink(device: "dalaba_no_such_device")).probe() }
    }

    @Test func aReloadReplacesTheVoicesForTheNextRender() throws {
        let output = try speaker(NullSink())
        #expect(output.voiceNames.contains("standard"))
        output.replace(voices: try VoiceLibrary(directory: repositoryVoices), reader: output.currentReader)
        #expect(output.voiceNames.contains("standard"))
    }
}

/// Opening the sink the station or `--output` chose (parsing the choice is Vocabulary's, tested there).
@Suite struct SinkOpeningTests {
    @Test func eachChoiceMakesItsSink() throws {
        let state = URL(fileURLWithPath: "/tmp/dalaba-state-test")
        let quiet = StationLog(journald: true, write: { _ in })
        #expect(SinkChoice.null.sink(stateDirectory: state, log: quiet) is NullSink)
        #expect(SinkChoice.alsa("plughw:0").sink(stateDirectory: state, log: quiet).name == "alsa:plughw:0")
        #expect(SinkChoice.wav(directory: "/srv/out").sink(stateDirectory: state, log: quiet).name == "wav:/srv/out")
    }

    @Test func autoIsTheDefaultDeviceWithACardElseWAVFilesInTheStateDirectory() {
        let state = URL(fileURLWithPath: "/tmp/dalaba-state-test")
        let lines = Lines()
        let sink = SinkChoice.auto.sink(stateDirectory: state, log: StationLog(journald: true, write: { lines.append($0) }))
        if SoundCards.present() {
            #expect(sink.name == "alsa:default")
        } else {
            #expect(sink.name == "wav:/tmp/dalaba-state-test/wav")
            #expect(lines.all.contains { $0.contains("no sound card on this machine") })
        }
    }
}

@Suite struct DaemonOptionsTests {
    @Test func badOptionsAreRefusedBeforeAnythingStarts() {
        #expect(throws: (any Error).self) { try DaemonOptions.parse(["--output", "speaker"]) }
        #expect(throws: (any Error).self) { try DaemonOptions.parse(["--speaker-retry", "0"]) }
        #expect(throws: (any Error).self) { try DaemonOptions.parse(["--player-stall", "-1"]) }
        #expect(throws: Never.self) { try DaemonOptions.parse(["--output", "wav:/tmp/x", "--speaker-retry", "0.5"]) }
    }

    @Test func theWatchdogIsOursOnlyWhenSystemdAsksUs() {
        #expect(Watchdog.interval(environment: [:]) == nil)
        #expect(Watchdog.interval(environment: ["WATCHDOG_USEC": "20000000"], pid: 42) == 20)
        #expect(Watchdog.interval(environment: ["WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "42"], pid: 42) == 20)
        #expect(Watchdog.interval(environment: ["WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "43"], pid: 42) == nil)
        #expect(Watchdog.interval(environment: ["WATCHDOG_USEC": "0"], pid: 42) == nil)
    }

    @Test func theStationTimeFollowsItsOffsetFile() throws {
        let file = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("offset-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: file) }
        try "3600".write(to: file, atomically: true, encoding: .utf8)
        let time = try StationClock(offsetFile: file.path)
        #expect(abs(time.now().timeIntervalSinceNow - 3600) < 1)
        try "-5.5".write(to: file, atomically: true, encoding: .utf8)
        try time.reload()
        #expect(abs(time.now().timeIntervalSinceNow + 5.5) < 1)
        try "soon".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DaemonFailure.self) { try time.reload() }
    }
}
