@testable import Audio
import Foundation
import XCTest

/// A card's channels as separate zones, at the real libasound file plugin (`stereoonly`, a
/// stereo raw file): what each playback puts in which channel, and when.
final class CardFeedTests: XCTestCase {
    var stereoFile: URL { ALSAFilePCM.directory.appendingPathComponent("stereo.raw") }

    func tone(_ frequency: Double, seconds: Double, amplitude: Double = 8000) -> PCMBuffer {
        let rate = PCMBuffer.stationRate
        let n = Int(seconds * Double(rate))
        return PCMBuffer(samples: (0..<n).map { Int16(amplitude * sin(2 * Double.pi * frequency * Double($0) / Double(rate))) }, sampleRate: rate)
    }

    /// The stereo file's frames as (left, right).
    func channels(of bytes: Data? = nil) throws -> (left: [Int16], right: [Int16]) {
        let data = try bytes ?? Data(contentsOf: stereoFile)
        let samples = data.withUnsafeBytes { raw in
            (0..<data.count / 2).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self)) }
        }
        return (stride(from: 0, to: samples.count - 1, by: 2).map { samples[$0] }, stride(from: 1, to: samples.count, by: 2).map { samples[$0] })
    }

    override func setUp() {
        _ = ALSAFilePCM.directory
        try? FileManager.default.removeItem(at: stereoFile)
    }

    func testOneChannelCarriesItsPlaybackAndTheOtherStaysSilent() throws {
        let feed = CardFeed(device: "stereoonly", channelCount: 2)
        XCTAssertEqual(try CardChannelSink(feed: feed, channel: 1).play(tone(440, seconds: 0.2), shouldStop: { false }), .finished)
        let (left, right) = try channels()
        XCTAssertTrue(left.allSatisfy { $0 == 0 }, "the left channel had nothing to play")
        XCTAssertEqual(right.filter { $0 != 0 }.count, tone(440, seconds: 0.2).samples.filter { $0 != 0 }.count)
    }

    /// A reload that changes the zones replaces the station's CardFeeds: an old one must not
    /// keep an idle thread (and itself) alive for the rest of the process. Its thread ends when
    /// nothing is left to play, and the feed is then freed.
    func testTheCardThreadEndsWhenIdleAndTheFeedIsFreed() throws {
        weak var released: CardFeed?
        try {
            let feed = CardFeed(device: "stereoonly", channelCount: 2)
            released = feed
            XCTAssertEqual(try feed.play(tone(440, seconds: 0.1), in: [0], shouldStop: { false }), .finished)
            // Played again after its thread ended: a new one starts.
            let ended = Date().addingTimeInterval(5)
            while feed.hasThread, Date() < ended { Thread.sleep(forTimeInterval: 0.01) }
            XCTAssertFalse(feed.hasThread, "the card's thread is still there with nothing to play")
            XCTAssertEqual(try feed.play(tone(440, seconds: 0.1), in: [1], shouldStop: { false }), .finished)
        }()
        let deadline = Date().addingTimeInterval(5)
        while released != nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertNil(released, "a CardFeed no longer used is kept alive by its idle thread")
    }

    /// A playback due at an instant has the device opened ahead (the file plugin makes its file
    /// then), so the open is not between the instant and the first sample; with no playback the
    /// device closes `warmSlack` after the instant and the thread ends.
    func testTheDeviceIsOpenedAheadOfTheInstantAndClosedIfNothingComes() throws {
        let feed = CardFeed(device: "stereoonly", channelCount: 2)
        feed.openAhead(until: Date().addingTimeInterval(0.3))
        let opened = Date().addingTimeInterval(0.25)
        while !FileManager.default.fileExists(atPath: stereoFile.path), Date() < opened { Thread.sleep(forTimeInterval: 0.005) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: stereoFile.path), "the device was not opened ahead of the instant")
        XCTAssertTrue(feed.hasThread)
        XCTAssertNoThrow(try feed.probe(), "held open for a playback: the probe counts that as working")
        // Nothing comes: it closes a little after the instant plus the slack.
        let closed = Date().addingTimeInterval(0.3 + CardFeed.warmSlack + 2)
        while feed.hasThread, Date() < closed { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertFalse(feed.hasThread, "the device stays open with nothing to play")
        // The one that comes at its instant plays on the device opened for it.
        try? FileManager.default.removeItem(at: stereoFile)
        feed.openAhead(until: Date().addingTimeInterval(0.1))
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertEqual(try feed.play(tone(440, seconds: 0.2), in: [0], shouldStop: { false }), .finished)
        let (left, _) = try channels()
        XCTAssertEqual(left.filter { $0 != 0 }.count, tone(440, seconds: 0.2).samples.filter { $0 != 0 }.count)
        let ended = Date().addingTimeInterval(5)
        while feed.hasThread, Date() < ended { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertFalse(feed.hasThread, "after its playback the device is not held open again")
    }

    func testOnePlaybackInBothChannelsStartsInTheSameFrame() throws {
        let feed = CardFeed(device: "stereoonly", channelCount: 2)
        XCTAssertEqual(try feed.play(tone(440, seconds: 0.2), in: [0, 1], shouldStop: { false }), .finished)
        let (left, right) = try channels()
        XCTAssertEqual(left.firstIndex { $0 != 0 }, right.firstIndex { $0 != 0 })
        XCTAssertEqual(left, right)
    }

    func testTwoPlaybacksAtOnceEachInItsChannel() throws {
        // A FIFO drained at 4× a card's rate: the two playbacks overlap on one open PCM.
        let fifo = ALSAFilePCM.directory.appendingPathComponent("card.fifo")
        try? FileManager.default.removeItem(at: fifo)
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let reader = PacedReader(path: fifo.path, bytesPerSecond: 4 * 4 * Double(PCMBuffer.stationRate))
        let feed = CardFeed(device: "cardfifo", channelCount: 2)
        let a = tone(440, seconds: 0.4), b = tone(1000, seconds: 0.25, amplitude: 5000)
        let group = DispatchGroup()
        let ends = Ends()
        for (buffer, channel) in [(a, 0), (b, 1)] {
            DispatchQueue.global().async(group: group) {
                ends.add(Result { try feed.play(buffer, in: [channel], shouldStop: { false }) })
            }
        }
        group.wait()
        XCTAssertEqual(ends.all.compactMap { try? $0.get() }, [.finished, .finished])
        let (left, right) = try channels(of: reader.waitForEnd())
        // Each channel holds its own playback, sample for sample, wherever it started.
        let leftStart = try XCTUnwrap(left.firstIndex { $0 != 0 })
        let rightStart = try XCTUnwrap(right.firstIndex { $0 != 0 })
        XCTAssertEqual(Array(left[leftStart...].prefix(a.samples.count - 1)), Array(a.samples.dropFirst().prefix(a.samples.count - 1)))
        XCTAssertEqual(Array(right[rightStart...].prefix(b.samples.count - 1)), Array(b.samples.dropFirst().prefix(b.samples.count - 1)))
        XCTAssertTrue(left.allSatisfy { abs(Int($0)) <= 8000 } && right.allSatisfy { abs(Int($0)) <= 5000 }, "no channel got the other's sound")
    }

    func testStopEndsOnlyThatPlayback() throws {
        let fifo = ALSAFilePCM.directory.appendingPathComponent("card.fifo")
        try? FileManager.default.removeItem(at: fifo)
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let reader = PacedReader(path: fifo.path, bytesPerSecond: 4 * 4 * Double(PCMBuffer.stationRate))
        let feed = CardFeed(device: "cardfifo", channelCount: 2)
        let ends = Ends()
        let group = DispatchGroup()
        let started = Date()
        let short = tone(440, seconds: 0.3), long = tone(1000, seconds: 30)
        DispatchQueue.global().async(group: group) {
            ends.add(Result { try feed.play(short, in: [0], shouldStop: { false }) })
        }
        DispatchQueue.global().async(group: group) {
            ends.add(Result { try feed.play(long, in: [1], shouldStop: { Date().timeIntervalSince(started) > 0.1 }) })
        }
        group.wait()
        XCTAssertEqual(Set(ends.all.compactMap { try? $0.get() }), [.finished, .stopped])
        let (_, right) = try channels(of: reader.waitForEnd())
        XCTAssertLessThan(right.count, 5 * PCMBuffer.stationRate, "the 30 s playback stopped early")
    }

    func testADeadCardFailsItsPlaybackWithALSAWords() {
        let feed = CardFeed(device: "no-such-card", channelCount: 2)
        XCTAssertThrowsError(try feed.play(tone(440, seconds: 0.1), in: [0], shouldStop: { false })) { error in
            XCTAssertTrue("\(error)".contains("no-such-card"), "\(error)")
        }
        XCTAssertThrowsError(try feed.probe())
    }
}

private final class Ends: @unchecked Sendable {
    private let lock = NSLock()
    private var ends: [Result<PlaybackEnd, Error>] = []
    func add(_ end: Result<PlaybackEnd, Error>) { lock.withLock { ends.append(end) } }
    var all: [Result<PlaybackEnd, Error>] { lock.withLock { ends } }
}

/// Reads a FIFO at a card's pace (one writer session) and keeps what came.
private final class PacedReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(path: String, bytesPerSecond: Double) {
        Thread { [self] in
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                done.signal()
                return
            }
            var buffer = [UInt8](repeating: 0, count: 1024)
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                lock.withLock { () -> Void in data.append(contentsOf: buffer[0..<count]) }
                Thread.sleep(forTimeInterval: Double(count) / bytesPerSecond)
            }
            close(fd)
            done.signal()
        }.start()
    }

    func waitForEnd() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
