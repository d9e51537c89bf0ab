import Vocabulary

/// A problem with one of the lexicon files: a located diagnostic naming the file (and line) so
/// staff can fix it, in the same `FILE:LINE:COL: error: …` form as every other file's.
public typealias LexiconError = Diagnostic

extension Diagnostic {
    /// A lexicon problem at `line`, or with the file as a whole when there is none.
    public init(file: String, line: Int? = nil, reason: String) {
        self.init(file: file, line: line ?? 1, column: 1, severity: .error, message: reason)
    }

    /// What is wrong, without the position.
    public var reason: String { message }
}
