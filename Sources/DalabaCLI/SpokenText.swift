import Foundation

/// Turns what the user typed into what eSpeak NG is given: tone-numbered pinyin passes through
/// as it is; anything else goes through the Mandarin reader.
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

    static func pinyin(for text: String, voicesDirectory: URL) throws -> String {
        if isPinyin(text) { return text }
        throw Failure("only tone-numbered pinyin can be spoken yet (e.g. \"ge4 wei4 cun1min2\")")
    }
}
