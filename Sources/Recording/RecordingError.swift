import Foundation

/// Why a recording cannot be played, as one line naming the file, the reason and what to do:
/// what `schedule check`, a reload and `status` show the clerk.
public struct RecordingError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Equatable, Sendable {
        /// No file at that path.
        case missing
        /// The file exists but cannot be opened (permissions, a folder, …): the system's words.
        case unreadable(String)
        /// Not a sound file libsndfile recognises (a text file, a video, a format it lacks).
        case notAudio(String)
        /// Recognised but damaged: a broken header, a stream that fails part-way, cut short.
        case corrupt(String)
        /// Longer than the station allows.
        case tooLong(seconds: Double, limit: Double)
        /// Opens and decodes but holds no sound at all.
        case empty
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            "recording \(path) not found — check the file name and that the file was copied to the station"
        case .unreadable(let why):
            "recording \(path) cannot be opened: \(why) — name a sound file the station may read"
        case .notAudio(let why):
            "recording \(path) is not a sound file the station can play (\(why)) — save it as WAV, FLAC, Ogg Vorbis or MP3"
        case .corrupt(let why):
            "recording \(path) is damaged: \(why) — copy it to the station again or export it anew"
        case .tooLong(let seconds, let limit):
            "recording \(path) lasts \(Self.clock(seconds)), longer than the \(Self.clock(limit)) allowed — shorten it or raise the limit"
        case .empty:
            "recording \(path) contains no sound — export it again"
        }
    }

    /// 1:05 or 1:02:03.
    public static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                         : String(format: "%d:%02d", s / 60, s % 60)
    }
}
