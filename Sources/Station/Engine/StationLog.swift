import Foundation
import Vocabulary

/// Log lines on stderr. Under journald (JOURNAL_STREAM set) each line starts with an
/// sd-daemon priority prefix (`<6>`) and no timestamp, since the journal adds its own; on a
/// terminal, plain timestamped lines. A line about an announcement names its id.
public struct StationLog: Sendable {
    public enum Level: Int, Sendable {
        case error = 3, warning = 4, notice = 5, info = 6, debug = 7
    }

    private let journald: Bool
    private let write: @Sendable (String) -> Void

    public init(journald: Bool = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil,
                write: @escaping @Sendable (String) -> Void = StationLog.standardError) {
        self.journald = journald
        self.write = write
    }

    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }

    public func callAsFunction(_ level: Level, _ message: String, id: AnnouncementID? = nil) {
        let subject = id.map { "announcement \($0): " } ?? ""
        // One event, one line: a title or a path with a line break in it must not forge another.
        let message = PlainText.escaped(message)
        if journald {
            write("<\(level.rawValue)>\(subject)\(message)\n")
        } else {
            let stamp = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
            let label = level == .info ? "" : "\(level) ".uppercased()
            write("\(stamp) \(label)\(subject)\(message)\n")
        }
    }

    public func info(_ message: String, id: AnnouncementID? = nil) { self(.info, message, id: id) }
    public func warning(_ message: String, id: AnnouncementID? = nil) { self(.warning, message, id: id) }
    public func error(_ message: String, id: AnnouncementID? = nil) { self(.error, message, id: id) }
}
