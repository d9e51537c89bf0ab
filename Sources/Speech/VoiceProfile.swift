import Foundation
import Vocabulary
import Yams

/// How an announcement sounds: which eSpeak NG voice, how fast, how high, how loud.
/// One YAML file per profile in `voices/`; the file name (without `.yaml`) is its name.
public struct VoiceProfile: Sendable, Equatable, Codable {
    public var name: String
    /// eSpeak NG voice; `cmn-latn-pinyin` reads the tone-numbered pinyin the Mandarin reader produces.
    public var espeakVoice: String
    /// eSpeak NG variant (`m3`, `f2`, …), or nil for the voice's own.
    public var variant: String?
    /// Words per minute (eSpeak's unit; for pinyin a "word" is roughly a syllable).
    public var rate: Int
    /// Base pitch, 0–99 (50 is eSpeak's normal).
    public var pitch: Int
    /// Loudness multiplier on the level-normalized render (1.0 = the normal level).
    public var gain: Double

    public init(name: String, espeakVoice: String = "cmn-latn-pinyin", variant: String? = nil,
                rate: Int = 150, pitch: Int = 50, gain: Double = 1.0) {
        self.name = name
        self.espeakVoice = espeakVoice
        self.variant = variant
        self.rate = rate
        self.pitch = pitch
        self.gain = gain
    }

    static let rateRange = 80...450
    static let pitchRange = 0...99
    static let gainRange = 0.1...4.0
}

/// Looking a profile up by name failed.
public struct UnknownVoiceError: Error, CustomStringConvertible {
    public var name: String
    public var known: [String]
    public var directory: String
    public var description: String {
        "unknown voice '\(name)': \(directory) has " + (known.isEmpty ? "no voice files" : known.joined(separator: ", "))
    }
}

extension VoiceProfile {
    /// Parses one voice file. Every key is optional except that the file must be a mapping;
    /// unknown keys and out-of-range values are errors (a typo must not silently change the voice).
    public static func parse(_ text: String, name: String, file: String) throws -> VoiceProfile {
        var profile = VoiceProfile(name: name)
        func fail(_ mark: Mark?, _ message: String) -> Diagnostic {
            Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw fail(error.mark, "not valid YAML: \(error.summary)")
        }
        guard let root else { return profile }  // an empty file means all defaults
        guard case .mapping(let mapping) = root else {
            throw fail(root.mark, "a voice file holds `key: value` lines (espeak, variant, rate, pitch, gain)")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "name":
                break  // informative only: the file name is the voice's identity
            case "espeak":
                guard let s = value.string, !s.isEmpty else { throw fail(value.mark, "espeak must name an eSpeak NG voice, e.g. cmn-latn-pinyin") }
                profile.espeakVoice = s
            case "variant":
                guard let s = value.string else { throw fail(value.mark, "variant must be a name such as m3 or f2") }
                profile.variant = s.isEmpty ? nil : s
            case "rate":
                guard let n = value.int, rateRange.contains(n) else {
                    throw fail(value.mark, "rate must be a whole number of words per minute from \(rateRange.lowerBound) to \(rateRange.upperBound)")
                }
                profile.rate = n
            case "pitch":
                guard let n = value.int, pitchRange.contains(n) else {
                    throw fail(value.mark, "pitch must be a whole number from \(pitchRange.lowerBound) to \(pitchRange.upperBound)")
                }
                profile.pitch = n
            case "gain":
                guard let g = value.float, gainRange.contains(g) else {
                    throw fail(value.mark, "gain must be a number from \(gainRange.lowerBound) to \(gainRange.upperBound) (1.0 = normal)")
                }
                profile.gain = g
            default:
                throw fail(keyNode.mark, "unknown key '\(key)' (known: espeak, variant, rate, pitch, gain)")
            }
        }
        return profile
    }
}

private extension YamlError {
    var mark: Mark? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark
        default: return nil
        }
    }
    /// The library's own words, without its position prefix (we print file:line:col ourselves).
    var summary: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
        default: return "\(self)"
        }
    }
}
