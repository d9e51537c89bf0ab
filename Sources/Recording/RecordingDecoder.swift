import Audio
import Foundation
import Glibc

/// Decodes one recording to the station's sound — mono, 16-bit, at the station's sample rate —
/// a chunk at a time, so a long MP3 is work in short steps that a player thread can interleave
/// with anything else. Synchronous and self-contained: each decoder owns its file and its
/// resampler; decoders on different threads share nothing.
public final class RecordingDecoder {
    /// The longest recording the station takes unless told otherwise: half an hour covers any
    /// village program, while a wrong file (an album, a day's radio) is refused at once.
    public static let defaultMaxDuration: Double = 30 * 60

    public let path: String
    /// The source's format, rate and channels as its header says.
    public let source: SoundFile.Info
    /// The station's sample rate, what `next()` returns.
    public let sampleRate: Int
    public let maxDuration: Double

    private let file: SoundFile
    private let resampler: Resampler?
    private var sourceFrames = 0
    /// The interleaved frames of one step, reused.
    private var scratch: [Float] = []
    private var finished = false

    /// Opens `path` and checks what can be checked before decoding: that it exists, is a sound
    /// file and is not too long by its header.
    public init(path: String, sampleRate: Int, maxDuration: Double = defaultMaxDuration) throws(RecordingError) {
        self.path = path
        self.sampleRate = sampleRate
        self.maxDuration = maxDuration
        var status = stat()
        if stat(path, &status) != 0 {
            let code = errno
            throw RecordingError(path: path, reason: code == ENOENT || code == ENOTDIR
                                 ? .missing : .unreadable(String(cString: strerror(code))))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw RecordingError(path: path, reason: .unreadable("it is a folder"))
        }
        // A FIFO or a device would block the open or never end.
        if (status.st_mode & S_IFMT) != S_IFREG {
            throw RecordingError(path: path, reason: .unreadable("it is not a regular file"))
        }
        if access(path, R_OK) != 0 {
            throw RecordingError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        if status.st_size == 0 { throw RecordingError(path: path, reason: .empty) }
        do {
            file = try SoundFile(readingFrom: path)
        } catch {
            // The file exists and is readable (checked above), so any other failure to open is
            // libsndfile finding no format it knows; its own words then mislead (for a text
            // file named .mp3, mpg123's last try says "File does not exist…").
            throw RecordingError(path: path, reason: error.isMalformed
                                 ? .corrupt(error.message) : .notAudio("no sound format libsndfile knows"))
        }
        source = file.info
        guard source.sampleRate > 0, source.channels > 0 else {
            throw RecordingError(path: path, reason: .corrupt("its header gives \(source.sampleRate) Hz and \(source.channels) channels"))
        }
        if let cut = Self.cutShort(log: file.log, info: source) {
            throw RecordingError(path: path, reason: .corrupt(cut))
        }
        if let frames = source.frames {
            let seconds = Double(frames) / Double(source.sampleRate)
            if seconds > maxDuration { throw RecordingError(path: path, reason: .tooLong(seconds: seconds, limit: maxDuration)) }
        }
        if source.sampleRate == sampleRate {
            resampler = nil
        } else {
            do { resampler = try Resampler(from: source.sampleRate, to: sampleRate) } catch {
                throw RecordingError(path: path, reason: .notAudio("cannot resample \(source.sampleRate) Hz: \(error.message)"))
            }
        }
    }

    /// Length by the header, in seconds, when the format says.
    public var headerDuration: Double? { source.frames.map { Double($0) / Double(source.sampleRate) } }

    /// The next piece, about `seconds` of the source, as station samples; nil once the whole
    /// recording has been returned.
    public func next(seconds: Double = 0.5) throws(RecordingError) -> [Int16]? {
        if finished { return nil }
        let channels = source.channels
        let want = max(1, Int(seconds * Double(source.sampleRate)))
        if scratch.count < want * channels { scratch = [Float](repeating: 0, count: want * channels) }
        let read = scratch.withUnsafeMutableBufferPointer { all in
            Result { () throws(SoundFileError) in try file.read(into: UnsafeMutableBufferPointer(rebasing: all[0..<want * channels])) }
        }
        let got: Int
        switch read {
        case .success(let frames): got = frames
        case .failure(let error):
            let at = RecordingError.clock(Double(sourceFrames) / Double(source.sampleRate))
            throw RecordingError(path: path, reason: .corrupt("\(error.message) (at \(at))"))
        }
        sourceFrames += got
        let decoded = Double(sourceFrames) / Double(source.sampleRate)
        if decoded > maxDuration {
            throw RecordingError(path: path, reason: .tooLong(seconds: max(headerDuration ?? 0, decoded), limit: maxDuration))
        }
        scratch.withUnsafeMutableBufferPointer { Self.downmix($0, frames: got, channels: channels) }
        var mono: [Float] = []
        if let resampler {
            let resampled = scratch.withUnsafeBufferPointer { all in
                Result { () throws(ResamplerError) in
                    if got > 0 {
                        try resampler.process(UnsafeBufferPointer(rebasing: all[0..<got]), appendingTo: &mono)
                    } else {
                        try resampler.finish(appendingTo: &mono)
                    }
                }
            }
            if case .failure(let error) = resampled {
                throw RecordingError(path: path, reason: .corrupt("resampling failed: \(error.message)"))
            }
        } else {
            mono = Array(scratch[0..<got])
        }
        if got == 0 {
            finished = true
            try checkComplete()
        }
        return PCMBuffer(floats: mono, sampleRate: sampleRate).samples
    }

    /// A WAV cut short (an interrupted copy) still opens: libsndfile plays what is there and
    /// notes in its log `data : 264600 (should be 131922)`. That note is the only evidence it
    /// gives; a size of 0 or 0xFFFFFFFF is a WAV written to a pipe (length unknown), not damage.
    static func cutShort(log: String, info: SoundFile.Info) -> String? {
        guard info.containerName == "WAV" else { return nil }
        for line in log.split(separator: "\n") where line.hasPrefix("data") {
            let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 2, numbers[0] != 0, numbers[0] != 0xFFFF_FFFF, numbers[1] < numbers[0] else { continue }
            let percent = Int((Double(numbers[1]) / Double(numbers[0]) * 100).rounded())
            return "the file was cut short: it holds \(percent)% of the sound its header announces"
        }
        return nil
    }

    /// A file that ends well before the length its header announces was cut short (an
    /// interrupted copy): refused rather than played half.
    private func checkComplete() throws(RecordingError) {
        if sourceFrames == 0 { throw RecordingError(path: path, reason: .empty) }
        guard let frames = source.frames else { return }
        // MP3 lengths are estimates from the bit rate; a tenth of a second of slack for them.
        let slack = source.containerName == "MP3" ? source.sampleRate / 10 : 0
        if sourceFrames + slack < frames {
            let got = RecordingError.clock(Double(sourceFrames) / Double(source.sampleRate))
            throw RecordingError(path: path, reason: .corrupt("it ends at \(got) of the \(RecordingError.clock(Double(frames) / Double(source.sampleRate))) its header announces"))
        }
    }

    /// The mean of the channels, in place into the first `frames` values: two amplifiers get
    /// the same program, and a stereo recording made on a phone keeps both sides.
    static func downmix(_ buffer: UnsafeMutableBufferPointer<Float>, frames: Int, channels: Int) {
        guard channels > 1, let p = buffer.baseAddress else { return }
        let scale = 1 / Float(channels)
        for f in 0..<frames {
            var sum: Float = 0
            for c in 0..<channels { sum += p[f * channels + c] }
            p[f] = sum * scale
        }
    }
}

/// Whole recordings at once, for callers that have a thread to spare.
public enum Recording {
    /// The recording at `path` as station sound. Throws a `RecordingError`, one line for the clerk.
    public static func decode(path: String, sampleRate: Int,
                              maxDuration: Double = RecordingDecoder.defaultMaxDuration) throws(RecordingError) -> PCMBuffer {
        let decoder = try RecordingDecoder(path: path, sampleRate: sampleRate, maxDuration: maxDuration)
        var out = PCMBuffer(sampleRate: sampleRate)
        if let seconds = decoder.headerDuration { out.samples.reserveCapacity(Int(seconds * Double(sampleRate)) + 1024) }
        while let piece = try decoder.next() { out.samples.append(contentsOf: piece) }
        return out
    }

    /// What `schedule check` and a reload need: the whole file decoded and thrown away, so damage
    /// in the middle is found before the program's time. Returns the length in seconds.
    public static func check(path: String, sampleRate: Int,
                             maxDuration: Double = RecordingDecoder.defaultMaxDuration) throws(RecordingError) -> Double {
        let decoder = try RecordingDecoder(path: path, sampleRate: sampleRate, maxDuration: maxDuration)
        var samples = 0
        while let piece = try decoder.next(seconds: 2) { samples += piece.count }
        return Double(samples) / Double(sampleRate)
    }
}
