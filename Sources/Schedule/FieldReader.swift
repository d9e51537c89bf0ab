// Reading a YAML mapping of known keys into values, collecting every problem with its
// position instead of stopping at the first. Values are read from the scalar's source text.
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
    var shapeName: String {
        switch self {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a group of keys"
        case .alias: "an alias"
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

    init(mapping: Node.Mapping, keys: KeyTable, what: String, sink: inout DiagnosticSink) {
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode, !keyNode.isNull else {
                sink.error(keyNode.position, "a key must be a single word followed by ':' (found \(keyNode.shapeName))")
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
                let same = earlier.spelling == spelling ? "" : " (as '\(earlier.spelling)')"
                sink.error(keyNode.position,
                           "'\(spelling)' is given twice — it is already at line \(earlier.keyPosition.line)\(same); keep one")
                continue
            }
            fields[name] = Field(key: name, spelling: spelling, keyPosition: keyNode.position, value: value)
        }
    }

    static func unknownKeyMessage(_ spelling: String, keys: KeyTable, what: String) -> String {
        func isKey(_ text: Substring) -> Bool { keys.canonical[text.trimmed()] != nil }
        if let colon = spelling.firstIndex(of: "："), isKey(spelling[..<colon]) {
            return "'\(spelling[..<colon])' is followed by the Chinese colon '：' — type the English colon ':' and a space"
        }
        if let colon = spelling.firstIndex(of: ":"), isKey(spelling[..<colon]) {
            return "put a space after the ':' in '\(spelling.prefix(30))'"
        }
        if let near = KeySuggestion.nearest(to: spelling, among: keys.spellings) {
            return "unknown key '\(spelling)' — did you mean '\(near)'?"
        }
        // Never more than the start of one line: the file may be anything (a link, a copy).
        return "unknown key '\(spelling.prefix { $0 != "\n" && $0 != "\r" }.prefix(40))' — \(what) keys are: " + keys.specs.map(\.name).joined(separator: ", ")
    }

    subscript(key: String) -> Field? { fields[key] }

    /// The value's source text, or an error if it is a list, a group or missing.
    static func scalarText(_ field: Field, sink: inout DiagnosticSink, example: String) -> String? {
        guard case .scalar(let scalar) = field.value else {
            sink.error(field.value.position,
                       "'\(field.spelling)' must be a single value, not \(field.value.shapeName) — e.g. \(example)")
            return nil
        }
        if field.value.isNull {
            sink.error(field.keyPosition, "'\(field.spelling)' has no value — e.g. \(example)")
            return nil
        }
        return scalar.string
    }

    /// Reads one scalar with `parse`, reporting its error at the value's position.
    static func value<T>(_ field: Field, sink: inout DiagnosticSink, example: String,
                         _ parse: (String) throws(ValueError) -> T) -> T? {
        guard let text = scalarText(field, sink: &sink, example: example) else { return nil }
        do {
            return try parse(text)
        } catch {
            sink.error(field.value.position, error.message)
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
