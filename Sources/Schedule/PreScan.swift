// Two checks on the raw text before YAML parsing, for inputs that would crash or hang it:
// - Nesting: the YAML composer and the release of the node tree are recursive, and about
//   600 levels overflow a 512 KB thread stack. A schedule file needs 3 levels; libyaml's own
//   limit (1,000) is too high.
// - Anchors (`&name`): an alias (`*name`) of a nested anchor used as a mapping key makes Yams
//   hash the whole expanded tree — 10^9 nodes from a 500-byte "alias bomb". Schedule files
//   have no use for anchors, so any anchor is refused, and then no alias can resolve.
import Messages

enum PreScan {
    static let maxDepth = 64

    /// The first problem found, with the message for the clerk.
    static func check(_ text: String) -> (SourcePosition, LocalizedText)? {
        var indents: [Int] = []          // open block levels, by indentation
        var flowDepth = 0
        var blockScalarIndent: Int?      // inside `key: |`, lines indented more are text
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let indent = line.prefix(while: { $0 == " " }).count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.first == "#" { continue }
            if let parent = blockScalarIndent {
                if indent > parent { continue }
                blockScalarIndent = nil
            }
            while let last = indents.last, last > indent { indents.removeLast() }
            if indents.last != indent { indents.append(indent) }
            // Compact nesting on one line: `- - - x`.
            var rest = content
            var compact = 0
            while rest.hasPrefix("- ") || rest == "-" {
                compact += 1
                rest = rest.dropFirst(2).drop(while: { $0 == " " })
            }
            var lineMax = flowDepth
            var quote: Character?
            var previous: Character = " "
            var column = indent + (content.count - rest.count)
            for character in rest {
                column += 1
                defer { previous = character }
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                let atTokenStart = " [{,:?-".contains(previous)
                if atTokenStart && (character == "\"" || character == "'") { quote = character; continue }
                if character == "#" && previous == " " { break }
                if character == "&" && atTokenStart {
                    return (SourcePosition(line: lineNumber, column: column),
                            ScheduleMessage.anchors())
                }
                if character == "[" || character == "{" { flowDepth += 1; lineMax = max(lineMax, flowDepth) }
                if character == "]" || character == "}" { flowDepth = max(0, flowDepth - 1) }
            }
            // An indentless list under a key (`a:` then `- b:`) adds two levels for one step
            // here, so the real depth stays below about 3 × 64, far from the ~600 that overflow.
            let depth = indents.count + compact + lineMax
            if depth > maxDepth {
                return (SourcePosition(line: lineNumber, column: 1),
                        ScheduleMessage.nestedTooDeep(["depth": depth]))
            }
            if startsBlockScalar(rest) { blockScalarIndent = indent }
        }
        return nil
    }

    /// `key: |`, `key: >-`, `- |2`, with an optional comment after the indicator.
    private static func startsBlockScalar(_ rest: Substring) -> Bool {
        var value = rest
        if let colon = rest.range(of: ": ") { value = rest[colon.upperBound...] }
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        let header = value.trimmed()
        guard let first = header.first, first == "|" || first == ">" else { return false }
        return header.dropFirst().allSatisfy { "+-123456789".contains($0) }
    }
}
