import Foundation

/// The first step of normalization: one canonical scalar per typed character, so the number rules
/// see `12:30` whether the clerk's input method gave ASCII or full-width forms.
enum ScalarFolding {
    /// Full-width digits, letters and the number-related symbols become ASCII; 〇 becomes 零
    /// (it is only ever read líng); look-alikes from PDFs and old encodings become the ordinary
    /// character (⽇ the Kangxi radical → 日, ﹐ → ，, ₂ → 2). Invisible format characters are
    /// dropped; control characters too, each listed in `dropped` (a bell or an escape sequence in
    /// an announcement means the text was damaged on the way, and the clerk should know).
    /// Chinese punctuation (，：？) is kept as typed: `Punctuation` maps it later, and the full-width
    /// comma must stay distinct from the ASCII thousands separator.
    static func fold(_ text: String, dropped: inout UnreadCharacters) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for c in text.unicodeScalars {
            let v = c.value
            if v >= 0x3400 && v <= 0x9FFF {
                out.append(c)  // hanzi, most of the text: past the switch at once
                continue
            }
            switch v {
            case 0x09, 0x0A, 0x0D:
                out.append(c)
            case 0x00...0x1F, 0x7F...0x9F:
                dropped.add(Character(c))  // dropped so it cannot split a number in two, but named
            case 0x00AD, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF,
                 0xFE00...0xFE0F, 0xE0100...0xE01EF:
                continue  // soft hyphen, zero-width spaces, direction marks, variation selectors: never heard
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
            case 0xFF02, 0xFF06, 0xFF07, 0xFF0A, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF20, 0xFF3B, 0xFF3C, 0xFF3D, 0xFF3E,
                 0xFF3F, 0xFF40, 0xFF5C:
                out.append(Unicode.Scalar(v - 0xFEE0)!)  // ＂＆＇＊＜＝＞＠［＼］＾＿｀｜
            case 0x2267, 0x2A7E: out.append("≥")  // ≧ ⩾
            case 0x2266, 0x2A7D: out.append("≤")  // ≦ ⩽
            case 0x00B5: out.append("μ")  // the micro sign is the Greek letter (µg μg)
            case 0xFFE5: out.append("¥")
            case 0x00A0: out.append(" ")
            case 0x3007: out.append("零")  // 〇
            case 0x2080...0x2089, 0x2E80...0x2FDF, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF61...0xFF65:
                out.append(compatibility[v] ?? c)
            default: out.append(c)
            }
        }
        return out
    }

    /// The compatibility decomposition (NFKC) of the look-alike blocks, where it is one scalar:
    /// subscript digits (PM₂.₅), Kangxi and CJK radicals (PDF text), CJK compatibility ideographs,
    /// vertical and small punctuation forms, half-width CJK punctuation.
    private static let compatibility: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let blocks: [ClosedRange<UInt32>] = [0x2080...0x2089, 0x2E80...0x2FDF, 0xF900...0xFAFF, 0xFE10...0xFE19,
                                             0xFE30...0xFE6F, 0xFF61...0xFF65]
        for block in blocks {
            for v in block {
                guard let c = Unicode.Scalar(v) else { continue }
                let folded = String(c).precomposedStringWithCompatibilityMapping.unicodeScalars
                if folded.count == 1, let f = folded.first, f != c { table[v] = f }
            }
        }
        return table
    }()
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
