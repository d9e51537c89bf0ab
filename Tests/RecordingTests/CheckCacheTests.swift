import ExternalTools
import Foundation
import Recording
import XCTest

/// RecordingCheckCache: an unchanged recording is not decoded again at the next reload; a
/// changed, spoiled or removed one is.
final class RecordingCheckCacheTests: XCTestCase {
    static let rate = 22050

    func mp3(_ url: URL, frequency: Double) throws {
        try FFmpeg.makeTone(url, frequency: frequency, seconds: 2, sampleRate: 44100, level: -12,
                            extra: ["-c:a", "libmp3lame", "-b:a", "96k"])
    }

    func testAnUnchangedRecordingIsDecodedOnceAChangedOneAgain() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("通知.mp3")
        try mp3(url, frequency: 440)
        // settle 0: the file was written before the first check began.
        let cache = RecordingCheckCache(settle: 0)
        let length = try cache.check(path: url.path, sampleRate: Self.rate)
        XCTAssertEqual(length, 2, accuracy: 0.1)
        XCTAssertEqual(try cache.check(path: url.path, sampleRate: Self.rate), length)
        cache.sweep()
        XCTAssertEqual(try cache.check(path: url.path, sampleRate: Self.rate), length)
        XCTAssertEqual(cache.decodes, 1, "unchanged: decoded once")

        // Another tone of the same length and bit rate: the same size, other content and times.
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
        try mp3(url, frequency: 880)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size, "same size")
        _ = try cache.check(path: url.path, sampleRate: Self.rate)
        XCTAssertEqual(cache.decodes, 2, "rewritten: decoded again")

        // Spoiled: the error is remembered like a good result, and given each time.
        try Data("not a recording\n".utf8).write(to: url)
        for _ in 0..<2 {
            XCTAssertThrowsError(try cache.check(path: url.path, sampleRate: Self.rate)) { error in
                XCTAssertEqual((error as? RecordingError)?.reason, .notAudio("no sound format libsndfile knows"))
            }
        }
        XCTAssertEqual(cache.decodes, 3)

        // Removed: not found each time, never remembered.
        try FileManager.default.removeItem(at: url)
        for _ in 0..<2 {
            XCTAssertThrowsError(try cache.check(path: url.path, sampleRate: Self.rate)) { error in
                XCTAssertEqual((error as? RecordingError)?.reason, .missing)
            }
        }
        XCTAssertEqual(cache.decodes, 5)
    }

    /// A file changed within the timestamp granularity of its check would keep its times: one
    /// written less than `settle` seconds before the check is decoded again next time.
    func testAJustWrittenRecordingIsNotRemembered() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("new.mp3")
        try mp3(url, frequency: 440)
        let cache = RecordingCheckCache(settle: 60)
        _ = try cache.check(path: url.path, sampleRate: Self.rate)
        _ = try cache.check(path: url.path, sampleRate: Self.rate)
        XCTAssertEqual(cache.decodes, 2)
    }

    /// A sweep forgets the files not checked since the one before (a program removed).
    func testASweepForgetsRecordingsNoLongerChecked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.mp3"), b = folder.appendingPathComponent("b.mp3")
        try mp3(a, frequency: 440)
        try mp3(b, frequency: 660)
        let cache = RecordingCheckCache(settle: 0)
        _ = try cache.check(path: a.path, sampleRate: Self.rate)
        _ = try cache.check(path: b.path, sampleRate: Self.rate)
        cache.sweep()
        _ = try cache.check(path: a.path, sampleRate: Self.rate)  // b is not checked at this reload
        cache.sweep()
        _ = try cache.check(path: a.path, sampleRate: Self.rate)
        _ = try cache.check(path: b.path, sampleRate: Self.rate)
        XCTAssertEqual(cache.decodes, 3, "a once; b once, and again after it was forgotten")
    }
}
