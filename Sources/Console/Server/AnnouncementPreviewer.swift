/// The 插播 page's preview (docs/console.md): what the reader makes of a notice before it is sent.
/// `ConsolePreview` (its own library) provides one; the console works without it (the preview
/// buttons then say it is not available).
public protocol AnnouncementPreviewer: Sendable {
    /// The reading and the words the local lexicon read.
    func reading(of text: String) async throws -> AnnouncementReading
    /// A WAV file of exactly what will play.
    func audio(of text: String) async throws -> [UInt8]
}

public struct AnnouncementReading: Sendable, Codable, Equatable {
    public struct Word: Sendable, Codable, Equatable {
        public var word: String
        public var pinyin: String
        public init(word: String, pinyin: String) {
            self.word = word
            self.pinyin = pinyin
        }
    }

    /// The whole text's reading (pinyin).
    public var reading: String
    public var words: [Word]

    public init(reading: String, words: [Word]) {
        self.reading = reading
        self.words = words
    }
}
