// Where in a source file a finding is; the finding itself is Vocabulary.Diagnostic.

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
