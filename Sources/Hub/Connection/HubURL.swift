import Messages

/// libpq's connection URI, taken apart: `postgresql://[user[:password]@][host][:port][/database][?key=value&…]`
/// (also `postgres://`), with percent-encoding, a bracketed IPv6 host, a percent-encoded socket
/// directory as host, and the query keys host, port, user, password, dbname, sslmode, sslrootcert.
/// Other libpq keys (application_name, connect_timeout…) are accepted and ignored; an unknown key
/// is refused, as libpq does.
enum HubURL {
    struct Parts: Equatable {
        var host: String?
        var port: String?
        var user: String?
        var password: String?
        var database: String?
        var sslMode: String?
        var sslRootCert: String?
    }

    static let ignoredKeys: Set<String> = [
        "application_name", "fallback_application_name", "connect_timeout", "client_encoding", "options",
        "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "target_session_attrs",
    ]

    static func parse(_ url: String) throws(HubURLError) -> Parts {
        var rest: Substring
        if url.hasPrefix("postgresql://") {
            rest = url.dropFirst("postgresql://".count)
        } else if url.hasPrefix("postgres://") {
            rest = url.dropFirst("postgres://".count)
        } else {
            throw .invalid(HubErrorMessage.urlScheme.localized())
        }
        var parts = Parts()
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring?
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                parts.user = try nonEmpty(decode(credentials[..<colon]))
                parts.password = try decode(credentials[credentials.index(after: colon)...])
            } else {
                parts.user = try nonEmpty(decode(credentials))
            }
        }
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw .invalid(HubErrorMessage.urlIPv6Unclosed.localized()) }
            parts.host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") {
                parts.port = String(after.dropFirst())
            } else if !after.isEmpty {
                throw .invalid(HubErrorMessage.urlAfterIPv6.localized(["after": String(after)]))
            }
        } else if let colon = rest.lastIndex(of: ":") {
            parts.host = try nonEmpty(decode(rest[..<colon]))
            parts.port = String(rest[rest.index(after: colon)...])
        } else {
            parts.host = try nonEmpty(decode(rest))
        }
        if let path { parts.database = try nonEmpty(decode(path)) }
        for pair in query.split(separator: "&") where !pair.isEmpty {
            guard let equals = pair.firstIndex(of: "=") else { throw .invalid(HubErrorMessage.urlParameterNoValue.localized(["pair": String(pair)])) }
            let key = try decode(pair[..<equals])
            let value = try decode(pair[pair.index(after: equals)...])
            switch key {
            case "host": parts.host = value
            case "port": parts.port = value
            case "user": parts.user = value
            case "password": parts.password = value
            case "dbname": parts.database = value
            case "sslmode": parts.sslMode = value
            case "sslrootcert": parts.sslRootCert = value
            default:
                guard ignoredKeys.contains(key) else { throw .invalid(HubErrorMessage.urlUnknownParameter.localized(["key": String(key)])) }
            }
        }
        return parts
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// Percent-decoding, UTF-8.
    static func decode<S: StringProtocol>(_ text: S) throws(HubURLError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw .invalid(HubErrorMessage.urlPercent.localized(["text": String(text)]))
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .invalid(HubErrorMessage.urlNotUTF8.localized(["text": String(text)])) }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static let userSafe: Set<UInt8> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)
    static let pathSafe = userSafe
    static let querySafe = userSafe.union("/".utf8)

    static func encode(_ text: String, allowing safe: Set<UInt8>) -> String {
        var out = ""
        for byte in text.utf8 {
            if safe.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return out
    }
}
