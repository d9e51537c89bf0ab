// A cheap upper bound on how deeply a file nests, checked before parsing: the YAML composer
// and the node tree's release are recursive, and about 600 levels overflow a 512 KB thread
// stack. A schedule file needs 3 levels; libyaml's own limit (1,000) is too high for that.

enum NestingLimit {
    static let maxDepth = 64

    /// The first line whose nesting estimate exceeds `maxDepth`, with the estimate. Brackets
    /// inside quotes count too (an overestimate); an indentless list under a key (`a:` then
    /// `- b:`) adds two levels for one step of the estimate, so the real depth stays below
    /// about 3 × 64, far from the ~600 that overflow.
    static func firstTooDeepLine(in text: String) -> (line: Int, depth: Int)? {
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
            // Compact nesting on one line: `- - - x` or `- key: - …`.
            var rest = content
            var compact = 0
            while rest.hasPrefix("- ") || rest == "-" {
                compact += 1
                rest = rest.dropFirst(2).drop(while: { $0 == " " })
            }
            var lineMax = flowDepth
            for character in rest {
                if character == "#" { break }  // conservative: a '#' inside quotes just ends the count early
                if character == "[" || character == "{" { flowDepth += 1; lineMax = max(lineMax, flowDepth) }
                if character == "]" || character == "}" { flowDepth = max(0, flowDepth - 1) }
            }
            let depth = indents.count + compact + lineMax
            if depth > maxDepth { return (lineNumber, depth) }
            let trimmedEnd = rest.reversed().drop(while: { $0 == " " })
            if let last = trimmedEnd.first, last == "|" || last == ">" || "+-0123456789".contains(last),
               rest.contains(": |") || rest.contains(": >") || rest.hasPrefix("|") || rest.hasPrefix(">") {
                blockScalarIndent = indent
            }
        }
        return nil
    }
}
