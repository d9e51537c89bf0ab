// `times:` (a list of times of day) or the interval form `every:` + `between:`.
import Messages
import Vocabulary

enum TimesReader {
    static let example = "times: [07:30, 12:00]"
    /// Shorter intervals are almost surely a unit mistake (every: 2m for 2h).
    static let minimumInterval = 5 * 60

    static func read(times: Field?, every: Field?, between: Field?, at position: SourcePosition,
                     sink: inout DiagnosticSink) -> TimesRule? {
        if let times, let every {
            sink.error(every.keyPosition, ScheduleMessage.timesAndEvery(["times": times.spelling, "every": every.spelling]))
            return nil
        }
        if let times {
            if let between {
                sink.error(between.keyPosition, ScheduleMessage.betweenWithoutEvery(["between": between.spelling]))
            }
            return readList(times, sink: &sink)
        }
        if let every { return readInterval(every, between: between, sink: &sink) }
        sink.missing("times", position, ScheduleMessage.missingTimes(["example": example]))
        return nil
    }

    private static func readList(_ field: Field, sink: inout DiagnosticSink) -> TimesRule? {
        let errorsBefore = sink.diagnostics.count(where: \.isError)
        var entries: [LocalTime: TimeEntry] = [:]
        for item in ListItems.read(field, sink: &sink, example: example) {
            do {
                let time = try ValueSyntax.time(item.text)
                if let earlier = entries[time] {
                    sink.warning(item.position, ScheduleMessage.timeListedTwice(["time": time.description, "line": earlier.line]))
                } else {
                    entries[time] = TimeEntry(time: time, line: item.position.line, column: item.position.column)
                }
            } catch {
                sink.error(item.position, error.text)
            }
        }
        guard sink.diagnostics.count(where: \.isError) == errorsBefore else { return nil }
        return .at(entries.values.sorted { $0.time < $1.time })
    }

    private static func readInterval(_ every: Field, between: Field?, sink: inout DiagnosticSink) -> TimesRule? {
        let interval = FieldReader.value(every, sink: &sink, example: "every: 2h") { text throws(ValueError) in
            try ValueSyntax.duration(text)
        }
        if let interval, interval < Double(minimumInterval) || interval > 86_400 || interval != interval.rounded() {
            sink.error(every.value.position, ScheduleMessage.everyOutOfRange())
            return nil
        }
        guard let between else {
            sink.error(every.keyPosition, ScheduleMessage.everyNeedsBetween(["every": every.spelling]))
            return nil
        }
        let range = FieldReader.value(between, sink: &sink, example: "between: 08:00-18:00", ValueSyntax.range)
        if let range, range.crossesMidnight {
            sink.error(between.value.position, ScheduleMessage.betweenPastMidnight(["range": range.description]))
            return nil
        }
        guard let interval, let range else { return nil }
        return .every(interval: Int(interval), range: range, line: every.keyPosition.line)
    }
}
