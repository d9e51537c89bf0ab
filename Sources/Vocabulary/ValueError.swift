import Messages

/// A problem with one value a person typed (a duration, a time, an output device), in words that
/// say how to write it; the caller adds where it was (a file position, an option name).
public struct ValueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problem in English and Chinese.
    public let text: LocalizedText
    /// In English (logs, the journal, tests).
    public var message: String { text.english }

    public init(_ text: LocalizedText) { self.text = text }
    /// A problem known by its English words only (the Chinese is then the same words).
    public init(_ message: String) { self.text = LocalizedText(verbatim: message) }

    public var description: String { message }

    /// The same problem: the English text decides (the Chinese is its translation).
    public static func == (a: ValueError, b: ValueError) -> Bool { a.message == b.message }
}
