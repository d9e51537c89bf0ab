// Message tables in Swift: each entry is a case with its English and Chinese templates,
// given together by one `switch`, so that the compiler refuses an entry without both.

/// An enumeration of messages. `templates` holds both languages; `{name}` in a template
/// marks a value given when the message is made (`catalog.entry(["time": "24:00"])`).
public protocol MessageCatalog: CaseIterable, Sendable {
    var templates: (english: String, chinese: String) { get }
}

extension MessageCatalog {
    /// The message with its placeholders filled in, in both languages.
    public func callAsFunction(_ values: KeyValuePairs<String, any MessageValue> = [:]) -> LocalizedText {
        let (english, chinese) = templates
        return LocalizedText(english: Placeholders.fill(english, values, in: .english),
                             chinese: Placeholders.fill(chinese, values, in: .chinese))
    }

    /// The message in the process's language.
    public func localized(_ values: KeyValuePairs<String, any MessageValue> = [:]) -> String {
        text(in: .current, values)
    }

    /// The message in `language` alone: only its template is filled (the light client prints
    /// a dozen lines at start-up, and filling both languages for each showed in its time).
    public func text(in language: Language, _ values: KeyValuePairs<String, any MessageValue> = [:]) -> String {
        let (english, chinese) = templates
        return Placeholders.fill(language == .chinese ? chinese : english, values, in: language)
    }
}

/// `{name}` placeholders: found, compared and filled.
public enum Placeholders {
    /// The names of the placeholders in `template`, in order of appearance.
    public static func names(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.append(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    static func fill(_ template: String, _ values: KeyValuePairs<String, any MessageValue>,
                     in language: Language) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"),
                  let value = values.first(where: { $0.key == after[..<close] })?.value else {
                // Not a placeholder of ours (or a value the caller forgot: a test catches it,
                // because the braces then show in the text).
                assert(after.firstIndex(of: "}").map { !after[..<$0].allSatisfy({ $0.isLetter || $0.isNumber }) } ?? true,
                       "no value for placeholder in: \(template)")
                out += "{"
                rest = after
                continue
            }
            out += value.text(in: language)
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }
}
