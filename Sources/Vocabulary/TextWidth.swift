/// Chinese input methods type full-width digits and colons (１２：００); they mean the same as
/// the ASCII ones. Every grammar here folds them first.
public enum TextWidth {
    /// Full-width digits and colon as ASCII, surrounding spaces removed.
    public static func folded(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF1A: out.unicodeScalars.append(":")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingSpaces()
    }

    /// Terminal columns: a Chinese (East Asian wide or full-width) character takes two.
    public static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: width + 2
            default: width + 1
            }
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs, ideographic spaces (全角空格) and no-break
    /// spaces; line breaks stay (a value never spans lines).
    func trimmingSpaces() -> String {
        func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = lastIndex(where: { !isBlank($0) })!
        return String(self[first...last])
    }
}
