import CSndFile
import Foundation

/// One sound file open for reading through libsndfile: the thin layer. It adds nothing to the
/// library but Swift types; every failure is a `SoundFileError` carrying libsndfile's own words.
/// One instance belongs to one reader at a time; instances share nothing, so several files can
/// be decoded on several threads at once.
public final class SoundFile {
    /// What the file's header says.
    public struct Info: Sendable, Equatable {
        /// Frames (samples per channel) the header announces; nil when the format does not say.
        public var frames: Int?
        public var sampleRate: Int
        public var channels: Int
        /// libsndfile's SF_FORMAT_* of the container and encoding.
        public var format: Int32

        /// "WAV", "FLAC", "Ogg", "MP3", … for messages and the log.
        public var containerName: String {
            switch format & Int32(SF_FORMAT_TYPEMASK) {
            case Int32(SF_FORMAT_WAV), Int32(SF_FORMAT_WAVEX), Int32(SF_FORMAT_RF64): "WAV"
            case Int32(SF_FORMAT_FLAC): "FLAC"
            case Int32(SF_FORMAT_OGG): "Ogg"
            case Int32(SF_FORMAT_MPEG): "MP3"
            case Int32(SF_FORMAT_AIFF): "AIFF"
            default: String(format: "format 0x%06x", format)
            }
        }
    }

    private let handle: OpaquePointer
    public let path: String
    public let info: Info

    /// Opens `path` for reading; the format is recognised from the content, not the name.
    public init(readingFrom path: String) throws(SoundFileError) {
        var raw = SF_INFO()
        // A failed sf_open reports through libsndfile's one global error slot; the lock keeps two
        // threads that fail at once from reading each other's reason.
        Self.openLock.lock()
        guard let handle = sf_open(path, Int32(SFM_READ), &raw) else {
            let error = SoundFileError(code: sf_error(nil), message: String(cString: sf_strerror(nil)))
            Self.openLock.unlock()
            throw error
        }
        Self.openLock.unlock()
        self.handle = handle
        self.path = path
        // libsndfile says SF_COUNT_MAX when it cannot know the length (a stream without an index).
        let frames = raw.frames >= 0 && raw.frames < Int64.max ? Int(raw.frames) : nil
        info = Info(frames: frames, sampleRate: Int(raw.samplerate), channels: Int(raw.channels), format: raw.format)
    }

    private static let openLock = NSLock()

    deinit { sf_close(handle) }

    /// Reads up to `buffer.count / channels` frames into `buffer`, interleaved, as floats in
    /// −1…1 (integer formats are scaled by libsndfile). Returns the frames read: 0 at the end.
    public func read(into buffer: UnsafeMutableBufferPointer<Float>) throws(SoundFileError) -> Int {
        let got = sf_readf_float(handle, buffer.baseAddress, sf_count_t(buffer.count / info.channels))
        let code = sf_error(handle)
        if code != 0 { throw SoundFileError(code: code, message: String(cString: sf_strerror(handle))) }
        return Int(max(0, got))
    }

    /// libsndfile's log of what it noticed while parsing the header (chunk sizes past the end of
    /// the file and the like): the evidence of a damaged file that still opens.
    public var log: String {
        var text = [UInt8](repeating: 0, count: 4096)
        _ = sf_command(handle, Int32(SFC_GET_LOG_INFO), &text, Int32(text.count))
        return String(decoding: text.prefix { $0 != 0 }, as: UTF8.self)
    }
}

/// A libsndfile failure: its error number (SF_ERR_*) and its own message.
public struct SoundFileError: Error, CustomStringConvertible, Equatable {
    public var code: Int32
    public var message: String
    public var description: String { message }

    public var isUnrecognisedFormat: Bool { code == Int32(SF_ERR_UNRECOGNISED_FORMAT) }
    public var isMalformed: Bool {
        code == Int32(SF_ERR_MALFORMED_FILE) || code == Int32(SF_ERR_UNSUPPORTED_ENCODING)
    }
}
