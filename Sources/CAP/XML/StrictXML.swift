// A small XML reader for CAP and nothing more. CAP messages arrive from outside (a USB stick,
// a relay), so the reader is written to be safe rather than general: no DTD (a DOCTYPE is
// refused, so no entity can be declared, expanded or fetched: billion laughs and XXE end at the
// first `<!DOCTYPE`), no processing instruction but the XML declaration, only the five
// predefined entities and numeric character references, UTF-8 only, and limits on size, depth,
// element count and attribute count. libxml2 is not used on purpose: its entity handling is
// exactly what must not run on an untrusted alert.

/// One element: its namespace (resolved from `xmlns` declarations), local name, attributes
/// (by their qualified name as written) and content. Text is the concatenation of the element's
/// own character data and CDATA sections, entities replaced.
public struct XMLNode: Sendable, Hashable {
    public var namespace: String?
    public var name: String
    public var attributes: [String: String]
    public var children: [XMLNode]
    public var text: String
    /// 1-based line of the start tag, for messages.
    public var line: Int
}

/// How much the reader accepts. A CAP message is a few kilobytes; these are generous.
public struct XMLLimits: Sendable, Hashable {
    public var maxBytes: Int
    public var maxDepth: Int
    public var maxElements: Int
    public var maxAttributes: Int

    public init(maxBytes: Int = 1_048_576, maxDepth: Int = 16, maxElements: Int = 10_000, maxAttributes: Int = 32) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxElements = maxElements
        self.maxAttributes = maxAttributes
    }
}

/// Why a document was refused, with the line where it was seen.
public enum XMLProblem: Error, Sendable, Hashable {
    case tooBig(bytes: Int, limit: Int)
    case notUTF8(line: Int)
    case doctype(line: Int)
    case processingInstruction(target: String, line: Int)
    case unknownEntity(name: String, line: Int)
    case badCharacterReference(text: String, line: Int)
    case tooDeep(limit: Int, line: Int)
    case tooManyElements(limit: Int)
    case tooManyAttributes(limit: Int, line: Int)
    case malformed(what: Malformed, line: Int)
    case undeclaredPrefix(prefix: String, line: Int)
    case empty
}

/// How a document is not well-formed, in words for the rejection (English and Chinese).
public enum Malformed: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable { case declaration, comment, cdata, attributeValue }
    case textBeforeRoot, contentAfterRoot, markupDeclaration, unterminated(Part), unterminatedStartTag(String)
    case attributeWithoutValue(String), attributeTwice(String), neverClosed(String), wrongClose(String, String)
    case badNameCharacter, nameTooLong, noName, unquotedValue, lessThanInValue, bareAmpersand, controlCharacter

    public var english: String {
        switch self {
        case .textBeforeRoot: "text before the root element"
        case .contentAfterRoot: "content after the root element"
        case .markupDeclaration: "markup declaration"
        case .unterminated(.declaration): "unterminated XML declaration"
        case .unterminated(.comment): "unterminated comment"
        case .unterminated(.cdata): "unterminated CDATA section"
        case .unterminated(.attributeValue): "unterminated attribute value"
        case .unterminatedStartTag(let name): "unterminated start tag <\(name)>"
        case .attributeWithoutValue(let name): "attribute \(name) without a value"
        case .attributeTwice(let name): "attribute \(name) given twice"
        case .neverClosed(let name): "<\(name)> is never closed"
        case .wrongClose(let closing, let open): "</\(closing)> closes <\(open)>"
        case .badNameCharacter: "a character not allowed in a name"
        case .nameTooLong: "a name longer than 256 bytes"
        case .noName: "a tag or attribute without a name"
        case .unquotedValue: "an attribute value without quotes"
        case .lessThanInValue: "'<' in an attribute value"
        case .bareAmpersand: "'&' that does not start an entity (write &amp;)"
        case .controlCharacter: "a control character"
        }
    }

    public var chinese: String {
        switch self {
        case .textBeforeRoot: "根元素前面有文字"
        case .contentAfterRoot: "根元素后面还有内容"
        case .markupDeclaration: "不允许的标记声明"
        case .unterminated(.declaration): "XML 声明没有结束"
        case .unterminated(.comment): "注释没有结束"
        case .unterminated(.cdata): "CDATA 段没有结束"
        case .unterminated(.attributeValue): "属性值没有结束"
        case .unterminatedStartTag(let name): "开始标签 <\(name)> 没有结束"
        case .attributeWithoutValue(let name): "属性 \(name) 没有值"
        case .attributeTwice(let name): "属性 \(name) 出现了两次"
        case .neverClosed(let name): "<\(name)> 没有关闭"
        case .wrongClose(let closing, let open): "</\(closing)> 关闭的却是 <\(open)>"
        case .badNameCharacter: "名称里有不允许的字符"
        case .nameTooLong: "名称超过 256 字节"
        case .noName: "标签或属性没有名称"
        case .unquotedValue: "属性值没有加引号"
        case .lessThanInValue: "属性值里有 '<'"
        case .bareAmpersand: "'&' 不是实体的开头（请写 &amp;）"
        case .controlCharacter: "有控制字符"
        }
    }
}

public enum StrictXML {
    /// The document's root element. `bytes` is the whole file; a caller reading from disk reads
    /// at most `limits.maxBytes + 1` bytes (CAPFile does), so an oversized file is never loaded.
    public static func parse(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(XMLProblem) -> XMLNode {
        guard bytes.count <= limits.maxBytes else { throw .tooBig(bytes: bytes.count, limit: limits.maxBytes) }
        var reader = Reader(bytes: bytes, limits: limits)
        return try reader.document()
    }
}

private struct Reader {
    let bytes: [UInt8]
    let limits: XMLLimits
    var index = 0
    var line = 1
    var elements = 0

    init(bytes: [UInt8], limits: XMLLimits) {
        self.bytes = bytes
        self.limits = limits
        // A UTF-8 byte order mark is allowed and skipped; UTF-16 is refused below as not UTF-8.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    // MARK: document

    mutating func document() throws(XMLProblem) -> XMLNode {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { throw .notUTF8(line: 1) }
        if starts(with: "<?xml") {
            let after = index + 5
            if after < bytes.count, isSpace(bytes[after]) { try declaration() }
        }
        try misc()
        guard index < bytes.count else { throw .empty }
        guard bytes[index] == UInt8(ascii: "<") else { throw .malformed(what: .textBeforeRoot, line: line) }
        var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]
        let root = try element(depth: 1, scopes: &scopes)
        try misc()
        guard index == bytes.count else { throw .malformed(what: .contentAfterRoot, line: line) }
        return root
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`: only UTF-8 (or no encoding) is accepted.
    mutating func declaration() throws(XMLProblem) {
        let start = line
        index += 5
        guard let end = find("?>") else { throw .malformed(what: .unterminated(.declaration), line: start) }
        let body = Substring(try decode(index, end).lowercased())
        if let at = body.indices.first(where: { body[$0...].hasPrefix("encoding") }) {
            let rest = body[at...].dropFirst(8).drop(while: { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" })
            let name = rest.prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " })
            guard name == "utf-8" || name == "utf8" else { throw .notUTF8(line: start) }
        }
        advance(to: end + 2)
    }

    /// Comments and white space between the declaration, the root and the end. A DOCTYPE or a
    /// processing instruction here is refused.
    mutating func misc() throws(XMLProblem) {
        while index < bytes.count {
            if isSpace(bytes[index]) { step(); continue }
            if starts(with: "<!--") { try comment(); continue }
            if starts(with: "<!") { throw markupDeclaration() }
            if starts(with: "<?") { throw processingInstruction() }
            return
        }
    }

    func markupDeclaration() -> XMLProblem {
        // `<!DOCTYPE` (and `<!ENTITY`, `<!ELEMENT` … which only exist inside one).
        starts(with: "<!DOCTYPE") || starts(with: "<!ENTITY") ? .doctype(line: line)
            : .malformed(what: .markupDeclaration, line: line)
    }

    func processingInstruction() -> XMLProblem {
        var end = index + 2
        while end < bytes.count, end < index + 40, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "?") { end += 1 }
        let target = String(decoding: bytes[(index + 2)..<min(end, bytes.count)], as: UTF8.self)
        return .processingInstruction(target: target, line: line)
    }

    mutating func comment() throws(XMLProblem) {
        let start = line
        index += 4
        guard let end = find("-->") else { throw .malformed(what: .unterminated(.comment), line: start) }
        advance(to: end + 3)
    }

    // MARK: elements

    mutating func element(depth: Int, scopes: inout [[String: String]]) throws(XMLProblem) -> XMLNode {
        guard depth <= limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth, line: line) }
        elements += 1
        guard elements <= limits.maxElements else { throw .tooManyElements(limit: limits.maxElements) }
        let startLine = line
        step() // <
        let qname = try name()
        var attributes: [String: String] = [:]
        var scope: [String: String] = [:]
        var selfClosing = false
        while true {
            skipSpace()
            guard index < bytes.count else { throw .malformed(what: .unterminatedStartTag(qname), line: startLine) }
            if bytes[index] == UInt8(ascii: ">") { step(); break }
            if starts(with: "/>") { index += 2; selfClosing = true; break }
            let attribute = try name()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw .malformed(what: .attributeWithoutValue(attribute), line: line)
            }
            step()
            skipSpace()
            let value = try quoted()
            guard attributes[attribute] == nil else { throw .malformed(what: .attributeTwice(attribute), line: line) }
            attributes[attribute] = value
            guard attributes.count <= limits.maxAttributes else { throw .tooManyAttributes(limit: limits.maxAttributes, line: startLine) }
            if attribute == "xmlns" { scope[""] = value }
            else if attribute.hasPrefix("xmlns:") { scope[String(attribute.dropFirst(6))] = value }
        }
        scopes.append(scope)
        defer { scopes.removeLast() }
        let (prefix, local) = split(qname)
        guard let namespace = resolve(prefix, scopes) else { throw .undeclaredPrefix(prefix: prefix, line: startLine) }
        var node = XMLNode(namespace: namespace.isEmpty ? nil : namespace, name: local, attributes: attributes,
                           children: [], text: "", line: startLine)
        if selfClosing { return node }
        var text: [UInt8] = []
        while true {
            guard index < bytes.count else { throw .malformed(what: .neverClosed(qname), line: startLine) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if starts(with: "</") {
                    index += 2
                    let closing = try name()
                    skipSpace()
                    guard closing == qname, index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
                        throw .malformed(what: .wrongClose(closing, qname), line: line)
                    }
                    step()
                    break
                }
                if starts(with: "<!--") { try comment(); continue }
                if starts(with: "<![CDATA[") {
                    let start = line
                    index += 9
                    guard let end = find("]]>") else { throw .malformed(what: .unterminated(.cdata), line: start) }
                    text += bytes[index..<end]
                    advance(to: end + 3)
                    continue
                }
                if starts(with: "<!") { throw markupDeclaration() }
                if starts(with: "<?") { throw processingInstruction() }
                node.children.append(try element(depth: depth + 1, scopes: &scopes))
                continue
            }
            if byte == UInt8(ascii: "&") { text += try reference(); continue }
            if byte == UInt8(ascii: "\n") { line += 1 }
            text.append(byte)
            index += 1
        }
        node.text = try utf8(text, line: startLine)
        return node
    }

    func split(_ qname: String) -> (prefix: String, local: String) {
        guard let colon = qname.firstIndex(of: ":") else { return ("", qname) }
        return (String(qname[..<colon]), String(qname[qname.index(after: colon)...]))
    }

    func resolve(_ prefix: String, _ scopes: [[String: String]]) -> String? {
        for scope in scopes.reversed() { if let uri = scope[prefix] { return uri } }
        return prefix.isEmpty ? "" : nil
    }

    // MARK: pieces

    mutating func name() throws(XMLProblem) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") { break }
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                throw .malformed(what: .badNameCharacter, line: line)
            }
            index += 1
            if index - start > 256 { throw .malformed(what: .nameTooLong, line: line) }
        }
        guard index > start else { throw .malformed(what: .noName, line: line) }
        return try utf8(Array(bytes[start..<index]), line: line)
    }

    mutating func quoted() throws(XMLProblem) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw .malformed(what: .unquotedValue, line: line)
        }
        let quote = bytes[index]
        let start = line
        step()
        var value: [UInt8] = []
        while true {
            guard index < bytes.count else { throw .malformed(what: .unterminated(.attributeValue), line: start) }
            let byte = bytes[index]
            if byte == quote { step(); break }
            if byte == UInt8(ascii: "<") { throw .malformed(what: .lessThanInValue, line: line) }
            if byte == UInt8(ascii: "&") { value += try reference(); continue }
            if byte == UInt8(ascii: "\n") { line += 1 }
            // Attribute-value normalization: white space characters become spaces.
            value.append(byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte)
            index += 1
        }
        return try utf8(value, line: start)
    }

    /// `&lt;` `&gt;` `&amp;` `&apos;` `&quot;` `&#65;` `&#x41;`; any other name is refused,
    /// since there is no DTD that could declare it.
    mutating func reference() throws(XMLProblem) -> [UInt8] {
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: ";"), end - index < 12 { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
            throw .malformed(what: .bareAmpersand, line: line)
        }
        let body = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        index = end + 1
        switch body {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "apos": return [UInt8(ascii: "'")]
        case "quot": return [UInt8(ascii: "\"")]
        default: break
        }
        guard body.hasPrefix("#") else { throw .unknownEntity(name: body, line: line) }
        let digits = body.dropFirst()
        let value: UInt32? = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value), isXMLChar(value) else {
            throw .badCharacterReference(text: "&\(body);", line: line)
        }
        return Array(String(Character(scalar)).utf8)
    }

    func isXMLChar(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    func utf8(_ bytes: [UInt8], line: Int) throws(XMLProblem) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(line: line) }
        // Control characters other than tab and line breaks are not XML characters.
        if text.unicodeScalars.contains(where: { !isXMLChar($0.value) }) {
            throw .malformed(what: .controlCharacter, line: line)
        }
        return text
    }

    func decode(_ from: Int, _ to: Int) throws(XMLProblem) -> String { try utf8(Array(bytes[from..<to]), line: line) }

    func starts(with literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for offset in 0..<count where bytes[index + offset] != buffer[offset] { return false }
            return true
        }
    }

    /// The index where `literal` next occurs from the current position.
    func find(_ literal: StaticString) -> Int? {
        let count = literal.utf8CodeUnitCount
        return literal.withUTF8Buffer { buffer -> Int? in
            var at = index
            while at + count <= bytes.count {
                if bytes[at] == buffer[0] {
                    var match = true
                    for offset in 1..<count where bytes[at + offset] != buffer[offset] { match = false; break }
                    if match { return at }
                }
                at += 1
            }
            return nil
        }
    }

    mutating func advance(to end: Int) {
        while index < end { step() }
    }

    mutating func step() {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
    }

    mutating func skipSpace() {
        while index < bytes.count, isSpace(bytes[index]) { step() }
    }

    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
