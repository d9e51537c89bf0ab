// The entries of a list value with their positions. A YAML list (block or [flow]) is the
// documented form; a single value, or values separated by commas (, ， 、), is accepted too,
// because that is how a clerk writes "07:00, 12:00" on one line.
import Messages
import Yams

struct ListItem {
    let text: String
    let position: SourcePosition
}

enum ListItems {
    static let separators: Set<Character> = [",", "，", "、"]

    static func read(_ field: Field, sink: inout DiagnosticSink, example: any MessageValue) -> [ListItem] {
        var items: [ListItem] = []
        let errorsBefore = sink.diagnostics.count
        for node in FieldReader.items(field) {
            guard case .scalar(let scalar) = node else {
                sink.error(node.position, ScheduleMessage.entryNotSingleValue(
                    ["key": field.spelling, "shape": node.shapeName, "example": example]))
                continue
            }
            if node.isNull {
                sink.error(node.position == .start ? field.keyPosition : node.position,
                           ScheduleMessage.emptyEntry(["key": field.spelling, "example": example]))
                continue
            }
            items += split(scalar.string, at: node.position, plain: scalar.style == .plain)
        }
        if items.isEmpty, sink.diagnostics.count == errorsBefore {
            sink.error(field.keyPosition, ScheduleMessage.listsNothing(["key": field.spelling, "example": example]))
        }
        return items
    }

    /// Splits "07:00, 12:00"; each part's column is exact for a plain value on one line.
    private static func split(_ text: String, at position: SourcePosition, plain: Bool) -> [ListItem] {
        guard text.contains(where: { separators.contains($0) }) else {
            return [ListItem(text: text, position: position)]
        }
        var items: [ListItem] = []
        var offset = plain ? 0 : 1
        for part in text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }) {
            let leading = part.prefix(while: { $0 == " " }).count
            let trimmed = part.trimmed()
            if !trimmed.isEmpty {
                items.append(ListItem(text: trimmed,
                                      position: SourcePosition(line: position.line, column: position.column + offset + leading)))
            }
            offset += part.count + 1
        }
        return items
    }
}
