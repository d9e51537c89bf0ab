/// A piece of HTML. Interpolating a `String` (or a number) escapes it; only another `HTML` goes in
/// as markup. Every page is built from these, so user text (an announcement's `<script>`, a
/// village's name, a reason from a station) can only ever show as text.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    public init(stringLiteral value: String) { text = value }
    public init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }
    init(raw: String) { text = raw }

    public var description: String { text }

    public mutating func append(_ other: HTML) { text += other.text }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""
        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { text += literal }
        public mutating func appendInterpolation(_ html: HTML) { text += html.text }
        public mutating func appendInterpolation(_ html: [HTML]) { for piece in html { text += piece.text } }
        public mutating func appendInterpolation<S: StringProtocol>(_ value: S) { text += HTML.escape(value) }
        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attribute values.
    public static func escape<S: StringProtocol>(_ value: S) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
