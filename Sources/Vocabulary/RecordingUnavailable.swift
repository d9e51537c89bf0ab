import Messages

/// A recording that cannot be played when its announcement is due, though it was checked when
/// the program was loaded: the file was removed or spoiled since. The announcement is logged as
/// missed, not failed (issue 13: "a file that vanishes before its time is logged as missed"):
/// nothing is wrong with the program, its material is gone. The Announcer throws it, the
/// station engine reads it; the two share nothing else.
public struct RecordingUnavailable: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file and the reason, in both languages (RecordingMessage).
    public var text: LocalizedText

    public init(_ text: LocalizedText) { self.text = text }

    public var description: String { text.english }
}
