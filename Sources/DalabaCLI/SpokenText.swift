import Foundation
import Mandarin

/// Turns what the user typed into what eSpeak NG is given: tone-numbered pinyin passes through
/// as it is; Chinese goes through the Mandarin reader.
enum SpokenText {
    /// `ge4 wei4 cun1min2, qing3 zhu4yi4.`: syllables of letters ending in a tone digit, with
    /// spaces and pause punctuation between them.
    static func isPinyin(_ text: String) -> Bool {
        var sawSyllable = false
        var letters = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z": letters += 1
            case "1"..."5":
                guard letters > 0 else { return false }
                letters = 0
                sawSyllable = true
            case " ", "\t", "\n", ",", ".", "?", "!", ";", ":":
                guard letters == 0 else { return false }
            default: return false
            }
        }
        return sawSyllable && letters == 0
    }

    /// The pinyin for `text`, and the reader's warnings (characters it skipped) for the user.
    static func pinyin(for text: String, voicesDirectory: URL) throws -> (pinyin: String, warnings: [String]) {
        if isPinyin(text) { return (text, []) }
        let reader: MandarinReader
        do {
            reader = try MandarinReader(voicesDirectory: voicesDirectory)
        } catch {
            throw Failure("cannot load the Mandarin lexicon: \(error)")
        }
        let reading = reader.reading(of: text)
        guard reading.pinyin.contains(where: \.isNumber) else {
            throw Failure("nothing to say: no character of the text can be read aloud"
                          + (reading.warnings.isEmpty ? "" : " (\(reading.warnings.joined(separator: "; ")))"))
        }
        return (reading.pinyin, reading.warnings)
    }
}
