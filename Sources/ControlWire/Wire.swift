import FoundationEssentials

/// JSON as it goes over the socket: one object per line, instants as ISO 8601 in UTC with milliseconds.
public enum Wire {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(instant))
        }
        return encoder
    }

    /// `displayOnly`: instants are read by hand (`parseInstant`), for a client that only shows
    /// them to the second; replies that are written out again (history's CSV and JSON) keep the
    /// format style's exact values.
    public static func decoder(displayOnly: Bool = false) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = (displayOnly ? parseInstant(text) : nil) ?? (try? instant.parse(text)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 instant: \(text)")
            }
            return date
        }
        return decoder
    }

    package static let instant = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// An instant exactly as `instant` writes it ("2026-12-03T09:00:00.123Z"), read without the
    /// format style: building that costs the `dalaba` client an eighth of its run. Anything
    /// else is nil (the decoder then asks the format style). Within a microsecond of the format
    /// style's parse and in the same second (it sums the parts in another order; StationTests
    /// check many instants), which is all a client that shows times to the second needs.
    package static func parseInstant(_ text: String) -> Date? {
        var utf8 = text.utf8.makeIterator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        while let byte = utf8.next() {
            guard bytes.count < 24 else { return nil }
            bytes.append(byte)
        }
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
            bytes[23] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19), let millisecond = number(20..<23),
            (1...12).contains(month), hour < 24, minute < 60, second < 60
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...monthDays).contains(day) else { return nil }
        // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + Double(millisecond) / 1000)
    }

    /// `{"ok": true, ...payload}` as one line with its newline.
    public static func success<Payload: Encodable>(_ payload: Payload) -> Data {
        line(Envelope(ok: true, payload: payload))
    }

    public static func success() -> Data { line(Envelope<Empty>(ok: true, payload: nil)) }

    /// `{"ok": false, "error": {"code": ..., "message": ...}}` as one line.
    public static func failure(_ error: ControlError) -> Data {
        line(Failure(ok: false, error: error))
    }

    public static func line<Value: Encodable>(_ value: Value) -> Data {
        // Encoding our own plain types cannot fail; keep a valid line if it ever did.
        var data = (try? encoder().encode(value)) ?? Data(#"{"ok":false,"error":{"code":"failed","message":"encoding failed"}}"#.utf8)
        data.append(0x0A)
        return data
    }

    struct Empty: Encodable {}

    struct Envelope<Payload: Encodable>: Encodable {
        var ok: Bool
        var payload: Payload?
        enum Keys: String, CodingKey { case ok }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(ok, forKey: .ok)
            try payload?.encode(to: encoder)  // the payload's keys sit beside "ok"
        }
    }

    struct Failure: Codable {
        var ok: Bool
        var error: ControlError
    }

    /// What every reply has: `ok`, and `error` when it is false.
    public struct Header: Decodable {
        public var ok: Bool
        public var error: ControlError?
    }
}
