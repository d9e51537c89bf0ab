// Collects one file's diagnostics while its fields are validated independently.
import Messages
import Vocabulary

/// Collects diagnostics for one file.
struct DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    /// Keys an unknown key was taken for ('tmes' → times): their absence is not reported
    /// again, the "did you mean" already says it.
    var presumedTypos: Set<String> = []

    init(file: String) { self.file = file }

    mutating func missing(_ key: String, _ position: SourcePosition, _ message: LocalizedText) {
        if !presumedTypos.contains(key) { error(position, message) }
    }

    mutating func error(_ position: SourcePosition, _ message: LocalizedText) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column,
                                      severity: .error, text: message))
    }

    mutating func warning(_ position: SourcePosition, _ message: LocalizedText) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column,
                                      severity: .warning, text: message))
    }

    var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
