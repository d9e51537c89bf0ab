import Announcer
import Audio
@testable import DalabaCLI
import Foundation
import XCTest

final class PreviewCommandTests: XCTestCase {
    var voices: String { repositoryRoot.appendingPathComponent("voices").path }

    /// The acceptance check: a valid WAV with the chime, then speech, at eSpeak's rate.
    func testWritesAValidWAV() throws {
        let dir = try temporaryDirectory(self)
        let file = dir.appendingPathComponent("x.wav")
        let result = try runDalaba(["preview", "ge4 wei4 cun1 min2 qing3 zhu4 yi4", "-o", file.path, "--voices", voices])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("wrote \(file.path)"), result.stdout)

        let data = try Data(contentsOf: file)
        XCTAssertEqual(String(decoding: data[0..<4], as: UTF8.self), "RIFF")
        XCTAssertEqual(String(decoding: data[8..<16], as: UTF8.self), "WAVEfmt ")
        let wav = try WAV.decode(data)
        XCTAssertEqual(wav.sampleRate, 22050)
        // Chime ~1.65 s + 0.5 s + seven syllables at 140/min + 0.5 s tail.
        XCTAssertGreaterThan(wav.duration, 4)
        XCTAssertLessThan(wav.duration, 9)

        let rate = wav.sampleRate
        let chime = wav.samples[0..<Int(1.5 * Double(rate))]
        let afterChime = Chime.dingDong.render(sampleRate: rate).count + Int(AnnouncementRenderer.silenceAfterChime * Double(rate))
        let speech = wav.samples[afterChime..<(wav.samples.count - Int(AnnouncementRenderer.tailSilence * Double(rate)))]
        XCTAssertGreaterThan(Level.activeRMS(chime, sampleRate: rate), 0.05, "the chime region sounds")
        XCTAssertGreaterThan(Level.activeRMS(speech, sampleRate: rate), 0.05, "the speech region sounds")
        XCTAssertGreaterThan(speech.count, rate, "over a second of speech")
    }

    func testNoChimeAndRepeat() throws {
        let dir = try temporaryDirectory(self)
        let once = dir.appendingPathComponent("once.wav"), twice = dir.appendingPathComponent("twice.wav")
        XCTAssertEqual(try runDalaba(["preview", "dai4 kou3zhao4", "--no-chime", "-o", once.path, "--voices", voices]).status, 0)
        XCTAssertEqual(try runDalaba(["preview", "dai4 kou3zhao4", "--no-chime", "--repeat", "2", "--gap", "1", "-o", twice.path, "--voices", voices]).status, 0)
        let a = try WAV.decode(Data(contentsOf: once)), b = try WAV.decode(Data(contentsOf: twice))
        XCTAssertGreaterThan(Level.activeRMS(a.samples.prefix(2205), sampleRate: a.sampleRate), 0, "speech starts at once without a chime")
        XCTAssertEqual(b.duration, 2 * a.duration - AnnouncementRenderer.tailSilence + 1, accuracy: 0.15)
    }

    /// Ordinary Chinese goes through the Mandarin reader; what cannot be read is named.
    func testChineseTextAndSkippedCharacters() throws {
        let file = try temporaryDirectory(self).appendingPathComponent("zh.wav")
        let result = try runDalaba(["preview", "各位村民请注意，今天下午3点开会😀", "-o", file.path, "--voices", voices])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("😀"), "the skipped emoji is named: \(result.stderr)")
        XCTAssertGreaterThan(try WAV.decode(Data(contentsOf: file)).duration, 5)

        let nothing = try runDalaba(["preview", "😀😀", "-o", file.path, "--voices", voices])
        XCTAssertEqual(nothing.status, 1)
        XCTAssertTrue(nothing.stderr.contains("nothing to say"), nothing.stderr)
    }

    func testTextFromStandardInput() throws {
        let file = try temporaryDirectory(self).appendingPathComponent("stdin.wav")
        let result = try runDalaba(["preview", "-o", file.path, "--voices", voices], input: "qin2 xi3shou3\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertGreaterThan(try WAV.decode(Data(contentsOf: file)).duration, 2)
    }

    /// The real libasound through the file plugin gets what the WAV sink writes.
    func testPlaysThroughALSA() throws {
        let dir = try temporaryDirectory(self)
        let raw = dir.appendingPathComponent("speaker.raw")
        let config = dir.appendingPathComponent("asound.conf")
        try """
            </usr/share/alsa/alsa.conf>
            pcm.loudspeaker { type file slave.pcm "null" file "\(raw.path)" format "raw" }
            """.write(to: config, atomically: true, encoding: .utf8)
        let result = try runDalaba(["preview", "shao3 chu1men2", "--device", "loudspeaker", "--voices", voices],
                             environment: ["ALSA_CONFIG_PATH": config.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let bytes = try Data(contentsOf: raw)
        XCTAssertGreaterThan(bytes.count, 2 * 22050 * 3, "over three seconds reached the speaker")
    }

    func testEmptyTextIsAUsageError() throws {
        let result = try runDalaba(["preview", "--voices", voices], input: "  \n")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "Error: nothing to say: give the announcement text as an argument or on standard input\n")
    }

    func testUnknownVoice() throws {
        let result = try runDalaba(["preview", "ni3hao3", "--voice", "loud", "-o", "/tmp/never.wav", "--voices", voices])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("unknown voice 'loud'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("standard"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/never.wav"))
    }

    func testMalformedVoiceFileNamesFileAndLine() throws {
        let dir = try temporaryDirectory(self)
        try "espeak: cmn-latn-pinyin\nrate: fast\n".write(to: dir.appendingPathComponent("standard.yaml"), atomically: true, encoding: .utf8)
        let result = try runDalaba(["preview", "ni3hao3", "-o", dir.appendingPathComponent("x.wav").path, "--voices", dir.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("standard.yaml:2:7: error: rate must be"), result.stderr)
    }

    func testUnwritableOutputLeavesNoFile() throws {
        let dir = try temporaryDirectory(self)
        let target = dir.appendingPathComponent("no/such/dir/x.wav")
        let result = try runDalaba(["preview", "ni3hao3", "-o", target.path, "--voices", voices])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot write \(target.path): No such file or directory"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)")
    }

    func testMissingALSADevice() throws {
        let result = try runDalaba(["preview", "ni3hao3", "--device", "nosuchcard", "--voices", voices])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot open the speaker 'nosuchcard'"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line, no ALSA chatter: \(result.stderr)")
    }

    func testHelpNamesEveryOption() {
        let help = Dalaba.helpMessage(for: Preview.self, columns: 200)
        for option in ["--voice", "--repeat", "--no-chime", "--output", "--device", "--voices", "--gap", "--alert"] {
            XCTAssertTrue(help.contains(option), "help lacks \(option)")
        }
        XCTAssertTrue(help.contains("Render one announcement and play it on the speaker or write it to a WAV file."))
    }

    func testBadArgumentsAreUsageErrors() throws {
        let result = try runDalaba(["preview", "ni3hao3", "--repeat", "0"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--repeat must be from 1 to 10"), result.stderr)
        XCTAssertTrue(result.stderr.contains("dalaba preview"), "usage of the typed command: \(result.stderr)")
        XCTAssertEqual(try runDalaba(["preview", "--no-such-option"]).status, 2)
    }

    func testPinyinDetection() {
        XCTAssertTrue(Announcer.isPinyin("ge4 wei4 cun1min2, qing3 zhu4yi4."))
        XCTAssertTrue(Announcer.isPinyin("lv4 nv3"))
        XCTAssertFalse(Announcer.isPinyin("各位村民"))
        XCTAssertFalse(Announcer.isPinyin("hello world"))
        XCTAssertFalse(Announcer.isPinyin("12345"))
        XCTAssertFalse(Announcer.isPinyin("ni3 hao"))
    }
}
