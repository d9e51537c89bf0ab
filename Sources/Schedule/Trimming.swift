// Whitespace trimming in plain Swift: Foundation's trimmingCharacters bridges through
// NSString on Linux and was a quarter of the parse time of a program file.

extension StringProtocol {
    /// Without leading and trailing spaces, tabs, ideographic spaces (全角空格) and,
    /// with `newlines`, line breaks.
    func trimmed(newlines: Bool = false) -> String {
        func isBlank(_ c: Character) -> Bool {
            c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || (newlines && c.isNewline)
        }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = lastIndex(where: { !isBlank($0) })!
        return String(self[first...last])
    }
}
