import Foundation
import Glibc

/// 16-bit mono PCM WAV (RIFF) files.
public enum WAV {
    public static func encode(_ buffer: PCMBuffer) -> Data {
        let dataBytes = buffer.samples.count * 2
        var d = Data(capacity: 44 + dataBytes)
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { d.append(contentsOf: $0) } }
        func u16(_ v: Int) { withUnsafeBytes(of: UInt16(v).littleEndian) { d.append(contentsOf: $0) } }
        d.append(contentsOf: Array("RIFF".utf8)); u32(36 + dataBytes); d.append(contentsOf: Array("WAVE".utf8))
        d.append(contentsOf: Array("fmt ".utf8)); u32(16); u16(1); u16(1)
        u32(buffer.sampleRate); u32(buffer.sampleRate * 2); u16(2); u16(16)
        d.append(contentsOf: Array("data".utf8)); u32(dataBytes)
        buffer.samples.withUnsafeBufferPointer { samples in
            for s in samples { withUnsafeBytes(of: s.littleEndian) { d.append(contentsOf: $0) } }
        }
        return d
    }

    /// Reads what `encode` writes (PCM, 16-bit, mono); anything else is an error.
    public static func decode(_ data: Data) throws -> PCMBuffer {
        let bytes = [UInt8](data)
        func u32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
        guard bytes.count >= 12, tag(0) == "RIFF", tag(8) == "WAVE" else { throw AudioError("not a WAV file") }
        var at = 12
        var rate: Int?
        while at + 8 <= bytes.count {
            let size = u32(at + 4)
            let body = at + 8
            guard body + size <= bytes.count else { throw AudioError("truncated WAV chunk '\(tag(at))'") }
            if tag(at) == "fmt " {
                guard size >= 16, u16(body) == 1, u16(body + 2) == 1, u16(body + 14) == 16 else {
                    throw AudioError("only 16-bit mono PCM WAV is supported")
                }
                rate = u32(body + 4)
            } else if tag(at) == "data" {
                guard let rate else { throw AudioError("WAV data before its format") }
                var samples = [Int16](repeating: 0, count: size / 2)
                for i in 0..<samples.count { samples[i] = Int16(bitPattern: UInt16(u16(body + 2 * i))) }
                return PCMBuffer(samples: samples, sampleRate: rate)
            }
            at = body + size + (size & 1)
        }
        throw AudioError("WAV file has no data chunk")
    }

    /// Writes atomically: a temporary file beside `url`, then a rename, so a failure never
    /// leaves a half-written file behind. POSIX calls, so the error is the system's own words.
    public static func write(_ buffer: PCMBuffer, to url: URL) throws {
        let data = encode(buffer)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial").path
        func fail(_ code: Int32) -> AudioError {
            unlink(temporary)
            return AudioError("cannot write \(url.path): \(String(cString: strerror(code))) — choose a folder you can write to")
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AudioError("cannot write \(url.path): \(String(cString: strerror(errno))) — choose a folder you can write to") }
        let written = data.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return -1 }
                offset += n
            }
            return offset
        }
        if written < 0 { let code = errno; close(fd); throw fail(code) }
        if close(fd) != 0 { throw fail(errno) }
        if rename(temporary, url.path) != 0 { throw fail(errno) }
    }
}

/// Writes the announcement to one WAV file (`dalaba preview -o`).
public final class WAVFileSink: AudioSink {
    public let url: URL
    public var name: String { "wav:\(url.path)" }
    public init(url: URL) { self.url = url }

    public func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd {
        try WAV.write(buffer, to: url)
        return .finished
    }
}

/// Writes each announcement to its own timestamped WAV file in a directory: the speaker of a
/// machine without a sound card.
public final class WAVDirectorySink: AudioSink {
    public let directory: URL
    /// The file the last `play` wrote, for the log.
    public private(set) var lastFile: URL?
    private var counter = 0
    public var name: String { "wav:\(directory.path)" }

    public init(directory: URL) { self.directory = directory }

    public func play(_ buffer: PCMBuffer, shouldStop: () -> Bool) throws -> PlaybackEnd {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AudioError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        counter += 1
        let stamp = Self.stamp.string(from: Date())
        let file = directory.appendingPathComponent("announcement-\(stamp)-\(counter).wav")
        try WAV.write(buffer, to: file)
        lastFile = file
        return .finished
    }

    private static var stamp: DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f
    }
}
