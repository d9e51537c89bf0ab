// CAP's date-time: `2002-05-24T16:49:00-07:00` (CAP-V1.2 §3.3.2: ISO 8601 with the offset
// always written, no fractional seconds, and "Z" not allowed — UTC is written -00:00).
// Computed by hand (days from the civil date) so the library needs no Calendar.
import FoundationEssentials

public struct CAPTime: Sendable, Hashable, Comparable {
    /// The instant.
    public var date: Date
    /// As written in the message (references compare it as text).
    public var text: String
    /// The writer's offset from UTC, in seconds.
    public var offset: Int

    public static func < (a: CAPTime, b: CAPTime) -> Bool { a.date < b.date }

    /// Why a text is not a CAP date-time (English and Chinese).
    public init(parsing raw: String) throws(CAPRejection) {
        let text = raw.trimmingSpaces
        let bytes = Array(text.utf8)
        func fail(_ why: AlertMessage) -> CAPRejection {
            CAPRejection(.invalidDate, ["text": String(text.prefix(40)), "why": why()])
        }
        if bytes.last == UInt8(ascii: "Z") || bytes.last == UInt8(ascii: "z") { throw fail(.dateZ) }
        // YYYY-MM-DDThh:mm:ss±hh:mm — 25 characters exactly.
        guard bytes.count == 25 else { throw fail(.dateShape) }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (22, ":")]
        for (at, character) in separators where bytes[at] != character.asciiValue! { throw fail(.dateShape) }
        let sign = bytes[19]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { throw fail(.dateShape) }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              let offsetHours = number(20, 2), let offsetMinutes = number(23, 2) else { throw fail(.dateShape) }
        guard (1...12).contains(month) else { throw fail(.dateMonth) }
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else { throw fail(.dateDay) }
        guard hour < 24, minute < 60, second < 60 else { throw fail(.dateClock) }
        guard offsetHours <= 14, offsetMinutes < 60, offsetHours * 60 + offsetMinutes <= 14 * 60 else { throw fail(.dateOffset) }
        let offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let local = days * 86_400 + hour * 3600 + minute * 60 + second
        self.date = Date(timeIntervalSince1970: TimeInterval(local - offset))
        self.text = text
        self.offset = offset
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension String {
    /// Without leading and trailing white space (XML's: space, tab, line breaks).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
