import Foundation
import Messages
import Vocabulary

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

    /// In English (logs, the journal, the control socket).
    public var description: String { text.english }

    /// In both languages (RecordingMessage, which the light client shares).
    public var text: LocalizedText {
        switch reason {
        case .missing: RecordingMessage.missing(["path": path])
        case .unreadable(let why): RecordingMessage.unreadable(["path": path, "reason": why])
        case .notAudio(let why): RecordingMessage.notAudio(["path": path, "reason": why])
        case .corrupt(let why): RecordingMessage.corrupt(["path": path, "reason": why])
        case .tooLong(let seconds, let limit):
            RecordingMessage.tooLong(["path": path, "length": Self.clock(seconds), "limit": Self.clock(limit)])
        case .empty: RecordingMessage.empty(["path": path])
        }
    }

    /// 1:05 or 1:02:03.
    public static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                         : String(format: "%d:%02d", s / 60, s % 60)
    }
}
