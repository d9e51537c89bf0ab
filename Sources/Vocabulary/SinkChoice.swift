/// Which audio sink the station plays through, as written in `station.yaml`'s `output:` and in
/// `dalabad --output` (the option wins): `auto`, `alsa:NAME`, `wav:DIR` or `null`. Only the
/// choice: opening the sink is the daemon's job.
public enum SinkChoice: Hashable, Sendable, CustomStringConvertible {
    /// ALSA's default device when the machine has a sound card, else WAV files in the state dir.
    case auto
    case alsa(String)
    case wav(directory: String)
    case null

    /// Parses `auto`, `alsa:NAME`, `wav:DIR` or `null` (surrounding spaces ignored).
    public init(parsing text: String) throws(ValueError) {
        let trimmed = text.trimmingSpaces()
        if trimmed == "auto" { self = .auto; return }
        if trimmed == "null" { self = .null; return }
        if trimmed.hasPrefix("alsa:"), trimmed.count > 5 { self = .alsa(String(trimmed.dropFirst(5))); return }
        if trimmed.hasPrefix("wav:"), trimmed.count > 4 { self = .wav(directory: String(trimmed.dropFirst(4))); return }
        throw ValueError(VocabularyMessage.unknownOutput(["text": text]))
    }

    public var description: String {
        switch self {
        case .auto: "auto"
        case .alsa(let name): "alsa:\(name)"
        case .wav(let directory): "wav:\(directory)"
        case .null: "null"
        }
    }
}
