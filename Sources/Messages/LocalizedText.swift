// One text in both languages: what a message becomes once its values are filled in.

/// A text that exists in English and in Chinese; which one is shown is decided at the end,
/// by the reader's `Language`, so that a text can cross the control socket whole.
public struct LocalizedText: Hashable, Sendable, Codable {
    public let english: String
    public let chinese: String

    public init(english: String, chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// The same words in both languages: a file name, a number, a key name.
    public init(verbatim text: String) {
        self.init(english: text, chinese: text)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }

    /// The text in the process's language (`Language.current`).
    public var localized: String { text(in: .current) }
}

/// A value put into a message's placeholder: the same in both languages (a number, a file
/// name, a time), or a `LocalizedText` (a phrase that is itself translated).
public protocol MessageValue: Sendable {
    func text(in language: Language) -> String
}

extension LocalizedText: MessageValue {}

extension String: MessageValue {
    public func text(in language: Language) -> String { self }
}

extension Substring: MessageValue {
    public func text(in language: Language) -> String { String(self) }
}

extension Int: MessageValue {
    public func text(in language: Language) -> String { String(self) }
}
