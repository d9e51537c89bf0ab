import Foundation

/// Tone-numbered pinyin (`zhu4yi4`, `lv4`) as written for people (`zhùyì`, `lǜ`): what the 插播
/// page shows under each word. The numbered form stays what eSpeak NG is given.
public enum ToneMarks {
    /// `syllables` may hold one syllable (`ge4`) or several joined (`cun1min2`, a spelled letter
    /// `ai1ke4si1`): each run of letters ending in a tone digit is marked on its own.
    public static func marked(_ numbered: String) -> String {
        var out = ""
        var syllable = ""
        for character in numbered {
            if let tone = character.wholeNumberValue, (1...5).contains(tone), !syllable.isEmpty {
                out += mark(syllable, tone: tone)
                syllable = ""
            } else if character.isLetter {
                syllable.append(character)
            } else {
                out += display(syllable) + String(character)
                syllable = ""
            }
        }
        return out + display(syllable)
    }

    /// One syllable without its digit, marked by the usual rule: on a or e; on the o of ou;
    /// otherwise on the last vowel (liù, guǐ). Tone 5 (neutral) has no mark.
    static func mark(_ letters: String, tone: Int) -> String {
        let plain = Array(display(letters))
        guard tone >= 1, tone <= 4 else { return String(plain) }
        let lower = plain.map { Character($0.lowercased()) }
        let index: Int?
        if let a = lower.firstIndex(where: { $0 == "a" || $0 == "e" }) {
            index = a
        } else if let o = lower.firstIndex(of: "o"), o + 1 < lower.count, lower[o + 1] == "u" {
            index = o
        } else {
            index = lower.lastIndex(where: { "aeiouü".contains($0) })
        }
        guard let index, let marked = marks[lower[index]]?[tone - 1] else { return String(plain) }
        var out = plain
        out[index] = plain[index].isUppercase ? Character(marked.uppercased()) : marked
        return String(out)
    }

    /// eSpeak's `v` is ü.
    private static func display(_ letters: String) -> String {
        letters.replacingOccurrences(of: "v", with: "ü").replacingOccurrences(of: "V", with: "Ü")
    }

    private static let marks: [Character: [Character]] = [
        "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
        "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "ü": ["ǖ", "ǘ", "ǚ", "ǜ"],
    ]
}
