import ExternalTools
import Foundation
import Recording
import XCTest

/// Each way a recording can be wrong gives one line naming the file and the reason.
final class RecordingErrorTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws { folder = try temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func decodeError(_ path: String, maxDuration: Double = RecordingDecoder.defaultMaxDuration,
                     file: StaticString = #filePath, line: UInt = #line) -> RecordingError? {
        do {
            let audio = try Recording.decode(path: path, sampleRate: 22050, maxDuration: maxDuration)
            XCTFail("\(path) decoded (\(audio.duration) s) but should have failed", file: file, line: line)
            return nil
        } catch {
            let text = error.description
            XCTAssertFalse(text.contains("\n"), "one line: \(text)", file: file, line: line)
            XCTAssertTrue(text.contains(path), "names the file: \(text)", file: file, line: line)
            print("error line: \(text)")
            return error
        }
    }

    func tone(_ name: String, seconds: Double = 3, codec: [String] = []) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FFmpeg.makeTone(url, frequency: 440, seconds: seconds, sampleRate: 44100, level: -10, extra: codec)
        return url
    }

    /// An interrupted copy: the first half of a file made by ffmpeg.
    func cutInHalf(_ name: String) throws -> URL {
        let url = try tone(name)
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
        return url
    }

    func testMissingFile() {
        let path = folder.appendingPathComponent("通知.mp3").path
        XCTAssertEqual(decodeError(path)?.reason, .missing)
        XCTAssertEqual(decodeError(folder.appendingPathComponent("no-folder/x.wav").path)?.reason, .missing)
    }

    func testFolderAndFIFOAreNotRecordings() {
        XCTAssertEqual(decodeError(folder.path)?.reason, .unreadable("it is a folder"))
        let fifo = folder.appendingPathComponent("pipe.wav").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(decodeError(fifo)?.reason, .unreadable("it is not a regular file"), "refused without blocking")
    }

    func testTextFileNamedMP3IsNotAudio() throws {
        let url = folder.appendingPathComponent("notice.mp3")
        try Data("明天上午九点在村委会开会。\n".utf8).write(to: url)
        let error = decodeError(url.path)
        guard case .notAudio? = error?.reason else { return XCTFail("not reported as not audio") }
        XCTAssertFalse(error!.description.contains("not exist"), "the file exists: \(error!)")
    }

    func testGarbageBytesAreNotAudio() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for name in ["garbage.wav", "garbage.flac", "garbage.ogg", "garbage.mp3"] {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            let reason = decodeError(url.path)?.reason
            switch reason {
            case .notAudio?, .corrupt?: break
            default: XCTFail("\(name): \(String(describing: reason))")
            }
        }
    }

    func testEmptyFile() throws {
        let url = folder.appendingPathComponent("empty.wav")
        try Data().write(to: url)
        XCTAssertEqual(decodeError(url.path)?.reason, .empty)
    }

    /// An interrupted copy: the first half of a FLAC, whose header announces the whole length.
    func testTruncatedFLACIsCorrupt() throws {
        let url = try cutInHalf("cut.flac")
        guard case .corrupt? = decodeError(url.path)?.reason else { return XCTFail("not reported as damaged") }
    }

    /// The check `schedule check` will run finds the same damage, and the length of a good file.
    func testCheckDecodesTheWholeFile() throws {
        let good = try tone("good.flac", seconds: 2)
        XCTAssertEqual(try Recording.check(path: good.path, sampleRate: 22050), 2, accuracy: 0.01)
        let cut = try cutInHalf("cut-check.flac")
        XCTAssertThrowsError(try Recording.check(path: cut.path, sampleRate: 22050)) { error in
            guard case .corrupt? = (error as? RecordingError)?.reason else { return XCTFail("\(error)") }
        }
    }

    func testTruncatedWAVIsCorrupt() throws {
        let url = try cutInHalf("cut.wav")
        guard case .corrupt? = decodeError(url.path)?.reason else { return XCTFail("not reported as damaged") }
    }

    /// The middle of an Ogg Vorbis overwritten with noise.
    func testDamagedOggIsCorrupt() throws {
        let url = try tone("damaged.ogg", codec: ["-c:a", "libvorbis"])
        var data = try Data(contentsOf: url)
        for i in (data.count / 3)..<(data.count * 2 / 3) { data[i] = UInt8(truncatingIfNeeded: i &* 2654435761 >> 13) }
        try data.write(to: url)
        guard case .corrupt? = decodeError(url.path)?.reason else { return XCTFail("not reported as damaged") }
    }

    func testTooLongByHeader() throws {
        let url = try tone("long.flac", seconds: 5)
        XCTAssertEqual(decodeError(url.path, maxDuration: 4)?.reason, .tooLong(seconds: 5, limit: 4))
        XCTAssertNoThrow(try Recording.decode(path: url.path, sampleRate: 22050, maxDuration: 6))
    }

    func testTooLongMP3() throws {
        let url = try tone("long.mp3", seconds: 5, codec: ["-c:a", "libmp3lame"])
        guard case .tooLong(let seconds, let limit)? = decodeError(url.path, maxDuration: 4)?.reason else {
            return XCTFail("not reported as too long")
        }
        XCTAssertEqual(seconds, 5, accuracy: 0.1)
        XCTAssertEqual(limit, 4)
    }

    func testWording() {
        XCTAssertEqual(RecordingError(path: "/srv/a.mp3", reason: .tooLong(seconds: 2530, limit: 1800)).description,
                       "recording /srv/a.mp3 lasts 42:10, longer than the 30:00 allowed — shorten it or raise the limit")
        XCTAssertEqual(RecordingError(path: "/srv/a.mp3", reason: .missing).description,
                       "recording /srv/a.mp3 not found — check the file name and that the file was copied to the station")
    }
}
