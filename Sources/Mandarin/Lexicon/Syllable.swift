/// Tone-numbered pinyin syllables ("zhong4", "lv3", "le5"): validation and tone access.
enum Syllable {
    /// The tone digit 1–5 of a syllable, or nil if it is not tone-numbered.
    static func tone(_ s: String) -> Int? {
        guard let last = s.utf8.last, last >= UInt8(ascii: "1"), last <= UInt8(ascii: "5") else { return nil }
        return Int(last - UInt8(ascii: "0"))
    }

    static func withTone(_ s: String, _ tone: Int) -> String {
        String(s.dropLast()) + String(tone)
    }

    /// Normalizes what staff may type (ü, u:, capitals) to the form eSpeak NG's pinyin voice reads,
    /// or returns nil with no tone or with characters that are not pinyin.
    static func normalized(_ raw: String) -> String? {
        var s = raw.lowercased().replacingOccurrences(of: "u:", with: "v").replacingOccurrences(of: "ü", with: "v")
        if s.hasSuffix("0") { s = String(s.dropLast()) + "5" }
        guard tone(s) != nil, s.count >= 2 else { return nil }
        guard s.dropLast().allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        return s
    }
}
