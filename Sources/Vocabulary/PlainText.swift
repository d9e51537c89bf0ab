/// Text from outside (a `say`, a log message) made safe to store and print: control
/// characters (ESC, BEL, CR, the C1 set, line breaks) would drive a terminal that prints
/// `dalaba history` and split journal lines.
public enum PlainText {
    /// Line breaks and tabs become spaces; every other control character is removed.
    public static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) { out.append(scalar) }
            else if isBreak(scalar) { out.append(" ") }
        }
        return String(out)
    }

    /// Every control character shown as an escape (`\n`, `\u{1B}`): for log lines and the
    /// CLI's text output, where the text is printed, not interpreted.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls and DEL, and the Unicode line and paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }
}
