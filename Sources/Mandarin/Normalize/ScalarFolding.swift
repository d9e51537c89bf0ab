/// The first step of normalization: one canonical scalar per typed character, so the number rules
/// see `12:30` whether the clerk's input method gave ASCII or full-width forms.
enum ScalarFolding {
    /// Full-width digits, letters and the number-related symbols become ASCII; 〇 becomes 零
    /// (it is only ever read líng); invisible controls and format characters are dropped.
    /// Chinese punctuation (，：？) is kept as typed: `Punctuation` maps it later, and the full-width
    /// comma must stay distinct from the ASCII thousands separator.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for c in text.unicodeScalars {
            let v = c.value
            switch v {
            case 0x09, 0x0A, 0x0D:
                out.append(c)
            case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E,
                 0x2060...0x2064, 0xFEFF:
                continue  // never spoken; dropped so they cannot split a number in two
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                out.append(Unicode.Scalar(v - 0xFEE0)!)
            case 0xFF05: out.append("%")
            case 0xFF0E: out.append(".")
            case 0xFF0F: out.append("/")
            case 0xFF0D, 0x2212: out.append("-")  // full-width hyphen, minus sign
            case 0xFF5E, 0x301C: out.append("~")  // full-width tilde, wave dash
            case 0xFF0B: out.append("+")
            case 0xFF03: out.append("#")
            case 0xFF04: out.append("$")
            case 0xFFE5: out.append("¥")
            case 0x00A0: out.append(" ")
            case 0x3007: out.append("零")  // 〇
            default: out.append(c)
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// 0...9 for an ASCII digit (full-width digits are folded before anyone asks).
    var digitValue: UInt8? {
        (0x30...0x39).contains(value) ? UInt8(value - 0x30) : nil
    }

    var isDigit: Bool { (0x30...0x39).contains(value) }

    var isLatinLetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    /// CJK ideographs (the BMP blocks and the supplementary planes).
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
