// A diagnostic in the reader's language: `schedule check` prints these, and the control
// client shows the daemon's through `status`.
import Messages

extension Diagnostic {
    /// A diagnostic whose message exists in both languages (every one Schedule makes).
    public init(file: String, line: Int = 1, column: Int = 1, severity: Severity = .error, text: LocalizedText) {
        self.init(file: file, line: line, column: column, severity: severity,
                  message: text.english, chinese: text.chinese)
    }

    /// The message in `language`; English when the maker had no Chinese for it.
    public func message(in language: Language) -> String {
        language == .chinese ? chinese ?? message : message
    }

    /// `FILE:LINE:COL: error: MESSAGE` in English (what editors jump to); in Chinese
    /// `FILE 第 LINE 行第 COL 列 错误：MESSAGE`, the way the clerk says where a mistake is.
    public func description(in language: Language) -> String {
        switch language {
        case .english: description
        case .chinese:
            "\(file) 第 \(line) 行第 \(column) 列 \(severity == .error ? "错误" : "警告")：\(message(in: .chinese))"
        }
    }
}
