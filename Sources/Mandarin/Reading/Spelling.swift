/// What to say for characters that are not hanzi but must not reach eSpeak NG's English fallback:
/// ASCII digits left over after normalization, read one by one, and Latin letters, spelled the way
/// Chinese speakers name them (B → bi4, WiFi → da2bu5liu5 ai4 ai2fu5 ai4).
enum Spelling {
    static let digits: [Character: String] = [
        "0": "ling2", "1": "yi1", "2": "er4", "3": "san1", "4": "si4",
        "5": "wu3", "6": "liu4", "7": "qi1", "8": "ba1", "9": "jiu3",
    ]

    static let letters: [Character: String] = [
        "a": "ei1", "b": "bi4", "c": "xi1", "d": "di4", "e": "yi4", "f": "ai2fu5", "g": "ji4",
        "h": "ai1qi1", "i": "ai4", "j": "jie4", "k": "kai4", "l": "ai2le5", "m": "ai2mu5", "n": "en1",
        "o": "ou1", "p": "pi4", "q": "qiu1", "r": "a4er5", "s": "ai2si1", "t": "ti4", "u": "you1",
        "v": "wei1", "w": "da2bu5liu5", "x": "ai2ke4si1", "y": "wai4", "z": "zei4",
    ]

    /// Full-width forms (Ａ, ５) count as their ASCII letters and digits.
    static func ascii(_ c: Character) -> Character {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1,
              (0xFF01...0xFF5E).contains(s.value), let a = Unicode.Scalar(s.value - 0xFEE0) else { return c }
        return Character(a)
    }

    static func isLatinLetter(_ c: Character) -> Bool { letters[Character(ascii(c).lowercased())] != nil && ascii(c).isASCII }

    /// The syllables for one letter or digit, or nil if it is neither.
    static func syllables(_ c: Character) -> String? {
        let a = ascii(c)
        guard a.isASCII else { return nil }
        return digits[a] ?? letters[Character(a.lowercased())]
    }
}
