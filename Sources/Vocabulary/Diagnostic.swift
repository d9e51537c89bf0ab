/// One located finding about a file a person edits (a schedule, station.yaml, a voice profile,
/// a lexicon), in the form compilers and editors understand: `FILE:LINE:COL: error: MESSAGE`.
/// The one type for them all, so every such message reads the same way; thrown as an error
/// where one problem stops the load.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible, Codable {
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

    public init(file: String, line: Int = 1, column: Int = 1, severity: Severity = .error, message: String,
                chinese: String? = nil) {
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
