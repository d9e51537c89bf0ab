// One finding about one schedule file, in the form compilers and editors understand.

/// `FILE:LINE:COL: error: MESSAGE` — what the clerk (or the admin's editor) reads.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// The path as the caller named it (e.g. `schedules/morning.yaml`).
    public let file: String
    /// 1-based; 1:1 for problems with the file as a whole (unreadable, wrong encoding…).
    public let line: Int
    /// 1-based, counted in characters (a Chinese character is one column).
    public let column: Int
    public let severity: Severity
    /// In English: the journal, `--json` and the tools read this one.
    public let message: String
    /// The same message in Chinese, when its maker has one (every schedule diagnostic does);
    /// it travels with the English over the control socket, and the reader's locale picks.
    public let chinese: String?

    public init(file: String, line: Int, column: Int, severity: Severity, message: String, chinese: String? = nil) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.severity = severity
        self.message = message
        self.chinese = chinese
    }

    public var isError: Bool { severity == .error }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}

/// Orders diagnostics as a reader expects: by file, then position.
extension Array where Element == Diagnostic {
    public func sortedByPosition() -> [Diagnostic] {
        sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}

/// A position in a source file (1-based line and character column).
public struct SourcePosition: Hashable, Sendable, Codable {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static let start = SourcePosition(line: 1, column: 1)
}
