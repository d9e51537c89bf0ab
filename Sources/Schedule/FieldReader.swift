// Reading a YAML mapping of known keys into values, collecting every problem with its
// position instead of stopping at the first. Values are read from the scalar's source text.
import Messages
import Vocabulary
import Yams

extension Node {
    var position: SourcePosition {
        guard let mark else { return .start }
        return SourcePosition(line: mark.line, column: mark.column)
    }

    /// A plain `~`, `null` or nothing at all after the colon.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How the value is called in messages when it has the wrong shape.
    var shapeName: LocalizedText {
        switch self {
        case .scalar: ScheduleMessage.shapeScalar()
        case .sequence: ScheduleMessage.shapeList()
        case .mapping: ScheduleMessage.shapeMapping()
        case .alias: ScheduleMessage.shapeAlias()
        }
    }
}

/// One known key and the other spellings accepted for it.
struct KeySpec {
    let name: String
    let aliases: [String]
}

/// The keys of one kind of mapping, indexed once (parsing 1,000 files must stay fast).
struct KeyTable {
    let specs: [KeySpec]
    /// Every accepted spelling → its key's name.
    let canonical: [String: String]
    let spellings: [String]

    init(_ specs: [KeySpec]) {
        self.specs = specs
        var canonical: [String: String] = [:]
        for spec in specs {
            canonical[spec.name] = spec.name
            for alias in spec.aliases { canonical[alias] = spec.name }
        }
        self.canonical = canonical
        spellings = specs.flatMap { [$0.name] + $0.aliases }
    }

    /// The keys for a message: `title, text` in English, `title（标题）、text（内容）` in Chinese.
    var list: LocalizedText {
        LocalizedText(english: specs.map(\.name).joined(separator: ", "),
                      chinese: specs.map { spec in spec.aliases.first.map { "\(spec.name)（\($0)）" } ?? spec.name }
                          .joined(separator: "、"))
    }

    /// One key for a message: `title` in English, `title（标题）` in Chinese.
    func name(_ key: String) -> LocalizedText {
        let alias = specs.first { $0.name == key }?.aliases.first
        return LocalizedText(english: key, chinese: alias.map { "'\(key)'（\($0)）" } ?? "'\(key)'")
    }
}

/// One key/value pair as found, with the canonical key name.
struct Field {
    let key: String
    let spelling: String
    let keyPosition: SourcePosition
    let value: Node
}

/// The known keys of a mapping, found by any accepted spelling; unknown and repeated
/// keys are reported on the way in.
struct FieldReader {
    private(set) var fields: [String: Field] = [:]

    init(mapping: Node.Mapping, keys: KeyTable, what: LocalizedText, sink: inout DiagnosticSink) {
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode, !keyNode.isNull else {
                sink.error(keyNode.position, ScheduleMessage.keyNotAWord(["shape": keyNode.shapeName]))
                continue
            }
            let spelling = scalar.string.trimmed()
            guard let name = keys.canonical[spelling] else {
                sink.error(keyNode.position, FieldReader.unknownKeyMessage(spelling, keys: keys, what: what))
                if let near = KeySuggestion.nearest(to: spelling, among: keys.spellings), let name = keys.canonical[near] {
                    sink.presumedTypos.insert(name)
                }
                continue
            }
            if let earlier = fields[name] {
                sink.error(keyNode.position, earlier.spelling == spelling
                    ? ScheduleMessage.keyGivenTwice(["key": spelling, "line": earlier.keyPosition.line])
                    : ScheduleMessage.keyGivenTwiceAs(["key": spelling, "line": earlier.keyPosition.line,
                                                       "earlier": earlier.spelling]))
                continue
            }
            fields[name] = Field(key: name, spelling: spelling, keyPosition: keyNode.position, value: value)
        }
    }

    static func unknownKeyMessage(_ spelling: String, keys: KeyTable, what: LocalizedText) -> LocalizedText {
        func isKey(_ text: Substring) -> Bool { keys.canonical[text.trimmed()] != nil }
        if let colon = spelling.firstIndex(of: "："), isKey(spelling[..<colon]) {
            return ScheduleMessage.keyChineseColon(["key": spelling[..<colon]])
        }
        if let colon = spelling.firstIndex(of: ":"), isKey(spelling[..<colon]) {
            return ScheduleMessage.keyNeedsSpace(["text": spelling.prefix(30)])
        }
        if let near = KeySuggestion.nearest(to: spelling, among: keys.spellings) {
            return ScheduleMessage.unknownKeyDidYouMean(["key": spelling, "near": near])
        }
        // Never more than the start of one line: the file may be anything (a link, a copy).
        return ScheduleMessage.unknownKey(["key": spelling.prefix { $0 != "\n" && $0 != "\r" }.prefix(40),
                                           "what": what, "keys": keys.list])
    }

    subscript(key: String) -> Field? { fields[key] }

    /// The value's source text, or an error if it is a list, a group or missing.
    static func scalarText(_ field: Field, sink: inout DiagnosticSink, example: any MessageValue) -> String? {
        guard case .scalar(let scalar) = field.value else {
            sink.error(field.value.position, ScheduleMessage.notSingleValue(
                ["key": field.spelling, "shape": field.value.shapeName, "example": example]))
            return nil
        }
        if field.value.isNull {
            sink.error(field.keyPosition, ScheduleMessage.noValue(["key": field.spelling, "example": example]))
            return nil
        }
        return scalar.string
    }

    /// Reads one scalar with `parse`, reporting its error at the value's position.
    static func value<T>(_ field: Field, sink: inout DiagnosticSink, example: any MessageValue,
                         _ parse: (String) throws(ValueError) -> T) -> T? {
        guard let text = scalarText(field, sink: &sink, example: example) else { return nil }
        do {
            return try parse(text)
        } catch {
            sink.error(field.value.position, error.text)
            return nil
        }
    }

    /// The items of a list; a single value counts as a list of one (`except: 2026-10-01`).
    static func items(_ field: Field) -> [Node] {
        switch field.value {
        case .sequence(let sequence): Array(sequence)
        default: [field.value]
        }
    }
}
