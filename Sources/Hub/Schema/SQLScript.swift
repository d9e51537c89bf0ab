/// A script of several SQL statements cut into single statements. postgres-nio speaks only the
/// extended query protocol, which takes one statement at a time ("cannot insert multiple commands
/// into a prepared statement"); the migrations are scripts. The cut is at `;` outside quotes
/// ('…' with '' inside), quoted identifiers ("…"), dollar-quoted bodies ($$…$$, $tag$…$tag$)
/// and comments (-- to the end of the line, /* … */). Comment-only pieces are dropped.
public enum SQLScript {
    public static func statements(_ script: String) -> [String] {
        let text = Array(script.unicodeScalars)
        var statements: [String] = []
        var start = 0
        var index = 0
        var hasCode = false  // the current piece has something besides blanks and comments

        func finish(_ end: Int) {
            if hasCode {
                var piece = String(String.UnicodeScalarView(text[start..<end]))
                while let last = piece.unicodeScalars.last, last.properties.isWhitespace { piece.unicodeScalars.removeLast() }
                statements.append(piece.drop(while: { $0.isWhitespace || $0.isNewline }).description)
            }
            start = end + 1
            hasCode = false
        }

        func matches(_ literal: [Unicode.Scalar], at position: Int) -> Bool {
            position + literal.count <= text.count && Array(text[position..<position + literal.count]) == literal
        }

        while index < text.count {
            let c = text[index]
            switch c {
            case "-" where index + 1 < text.count && text[index + 1] == "-":
                while index < text.count && text[index] != "\n" { index += 1 }
                continue
            case "/" where index + 1 < text.count && text[index + 1] == "*":
                index += 2
                while index + 1 < text.count && !(text[index] == "*" && text[index + 1] == "/") { index += 1 }
                index += 2
                continue
            case "'", "\"":
                hasCode = true
                index += 1
                while index < text.count {
                    if text[index] == c {
                        if index + 1 < text.count && text[index + 1] == c { index += 2; continue }
                        break
                    }
                    index += 1
                }
            case "$":
                hasCode = true
                // $tag$ where tag is empty or an identifier not starting with a digit.
                var end = index + 1
                while end < text.count, text[end].properties.isAlphabetic || text[end] == "_" || (end > index + 1 && ("0"..."9").contains(text[end])) {
                    end += 1
                }
                if end < text.count && text[end] == "$" {
                    let tag = Array(text[index...end])
                    index = end + 1
                    while index < text.count && !matches(tag, at: index) { index += 1 }
                    index += tag.count - 1
                }
            case ";":
                finish(index)
            default:
                if !c.properties.isWhitespace { hasCode = true }
            }
            index += 1
        }
        finish(text.count)
        return statements
    }
}
