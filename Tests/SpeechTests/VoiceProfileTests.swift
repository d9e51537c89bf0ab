import Foundation
import Speech
import XCTest

final class VoiceProfileTests: XCTestCase {
    func testParsesAllKeys() throws {
        let text = """
            # a comment
            espeak: cmn-latn-pinyin
            variant: f2
            rate: 120
            pitch: 40
            gain: 1.5
            """
        let profile = try VoiceProfile.parse(text, name: "clear", file: "clear.yaml")
        XCTAssertEqual(profile, VoiceProfile(name: "clear", espeakVoice: "cmn-latn-pinyin", variant: "f2", rate: 120, pitch: 40, gain: 1.5))
    }

    func testEmptyFileMeansDefaults() throws {
        XCTAssertEqual(try VoiceProfile.parse("", name: "x", file: "x.yaml"), VoiceProfile(name: "x"))
    }

    func testUnknownKeyNamesFileLineAndColumn() {
        let text = "espeak: cmn-latn-pinyin\nrate: 120\nspeed: 3\n"
        XCTAssertThrowsError(try VoiceProfile.parse(text, name: "v", file: "voices/v.yaml")) { error in
            XCTAssertEqual("\(error)", "voices/v.yaml:3:1: error: unknown key 'speed' (known: espeak, variant, rate, pitch, gain)")
        }
    }

    func testOutOfRangeRatePointsAtTheValue() {
        XCTAssertThrowsError(try VoiceProfile.parse("rate: 1000\n", name: "v", file: "v.yaml")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("v.yaml:1:7: error: rate must be"), message)
        }
        XCTAssertThrowsError(try VoiceProfile.parse("pitch: high\n", name: "v", file: "v.yaml"))
        XCTAssertThrowsError(try VoiceProfile.parse("gain: 0\n", name: "v", file: "v.yaml"))
    }

    func testBrokenYAMLIsLocated() {
        XCTAssertThrowsError(try VoiceProfile.parse("rate: 120\n  pitch: [40\n", name: "v", file: "v.yaml")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("v.yaml:"), message)
            XCTAssertTrue(message.contains("not valid YAML"), message)
        }
    }

    func testNotAMapping() {
        XCTAssertThrowsError(try VoiceProfile.parse("- rate\n- pitch\n", name: "v", file: "v.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("v.yaml:1:1: error: a voice file holds"), "\(error)")
        }
    }

    func testRepositoryVoicesLoad() throws {
        let voices = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("voices")
        let library = try VoiceLibrary(directory: voices)
        XCTAssertTrue(library.names.contains("standard"))
        XCTAssertTrue(library.names.contains("slow"))
        XCTAssertLessThan(try library.profile(named: "slow").rate, try library.profile(named: "standard").rate)
        XCTAssertThrowsError(try library.profile(named: "loud")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("unknown voice 'loud'") && message.contains("slow") && message.contains("standard"), message)
        }
    }

    func testMalformedFileInLibraryIsReportedWithItsPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("voices-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "rate: 120\n".write(to: dir.appendingPathComponent("ok.yaml"), atomically: true, encoding: .utf8)
        try "rate: 120\nrat: 3\n".write(to: dir.appendingPathComponent("typo.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try VoiceLibrary(directory: dir)) { error in
            XCTAssertTrue("\(error)".hasSuffix("typo.yaml:2:1: error: unknown key 'rat' (known: espeak, variant, rate, pitch, gain)"), "\(error)")
        }
    }
}
