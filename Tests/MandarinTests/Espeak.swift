import Foundation
import XCTest
@testable import Mandarin

/// eSpeak NG's phonemes for a reading (`espeak-ng -q -x -v cmn-latn-pinyin`): a "(en)" in them means
/// it gave up on Mandarin and read something in English, which no announcement may do.
/// Runs the espeak-ng program (Debian package espeak-ng); a missing program fails the test.
func espeakPhonemes(_ pinyin: String) throws -> String {
    let candidates = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"]
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw LexiconError(file: "espeak-ng", reason: "the espeak-ng program is not installed (apt-get install espeak-ng)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-q", "-x", "-v", "cmn-latn-pinyin", pinyin]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0)
    return String(decoding: data, as: UTF8.self)
}
