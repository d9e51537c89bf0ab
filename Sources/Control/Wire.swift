import Foundation
import Station

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

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = try? instant.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 instant: \(text)")
            }
            return date
        }
        return decoder
    }

    static let instant = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

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
