/// The one grammar for lengths of time, wherever a person types one: schedule files (`gap:`,
/// `every:`, `grace:`, the amplifier's `warm_up:`/`hold:`) and the command line (`--expires`).
/// A number and a unit, repeated: `90s`, `30m`, `2h`, `1h30m`, `1d`, `1.5s`, `30分钟`, `2小时`,
/// `1天`, `30秒`; full-width digits and spaces between parts are fine. Pure.
public enum DurationText {
    /// Unit spellings, longest first so that `min` is not read as `m` followed by `in`.
    static let units: [(spelling: String, seconds: Double)] = [
        ("小时", 3600), ("钟头", 3600), ("分钟", 60), ("秒钟", 1),
        ("hours", 3600), ("hour", 3600), ("minutes", 60), ("minute", 60), ("min", 60),
        ("seconds", 1), ("second", 1), ("sec", 1), ("days", 86_400), ("day", 86_400),
        ("天", 86_400), ("分", 60), ("秒", 1), ("h", 3600), ("m", 60), ("s", 1), ("d", 86_400),
    ]

    /// The length of `text` in seconds. A bare number is accepted only when `bareUnit` says what
    /// it counts (a gap in seconds: `gap: 5`); otherwise a unit is required, because `every: 2`
    /// could mean two hours or two minutes.
    public static func seconds(_ text: String, bareUnit: Double? = nil) throws(ValueError) -> Double {
        let folded = TextWidth.folded(text).lowercased().filter { $0 != " " && $0 != "\u{3000}" }
        if let bareUnit, let number = Double(folded), number.isFinite, number >= 0 {
            return number * bareUnit
        }
        var rest = Substring(folded)
        var total = 0.0
        var sawPart = false
        while !rest.isEmpty {
            let number = rest.prefix(while: { $0.isASCII && ($0.isNumber || $0 == ".") })
            guard !number.isEmpty, let value = Double(number), value.isFinite else { break }
            let afterNumber = rest.dropFirst(number.count)
            guard let unit = units.first(where: { afterNumber.hasPrefix($0.spelling) }) else { break }
            rest = afterNumber.dropFirst(unit.spelling.count)
            total += value * unit.seconds
            sawPart = true
        }
        guard sawPart, rest.isEmpty else {
            throw ValueError(VocabularyMessage.notADuration(["text": text]))
        }
        return total
    }
}
