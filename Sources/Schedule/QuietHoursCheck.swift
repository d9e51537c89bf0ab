// A program time inside the station's quiet hours is valid but will not sound on time:
// everything below emergency waits until the quiet hours end. The clerk should know.
import Messages
import Vocabulary

enum QuietHoursCheck {
    static func warnings(for program: Program, station: StationSettings, path: String) -> [Diagnostic] {
        guard let quiet = station.quietHours, program.priority != .emergency else { return [] }
        switch program.times {
        case .at(let entries):
            return entries.filter { quiet.contains($0.time) }.map { entry in
                Diagnostic(file: path, line: entry.line, column: entry.column, severity: .warning,
                           text: ScheduleMessage.quietTime(["time": entry.time.description, "quiet": quiet.description,
                                                           "end": quiet.end.description]))
            }
        case .every(_, _, let line):
            let held = program.dailyTimes.filter { quiet.contains($0.time) }
            guard let first = held.first else { return [] }
            let values: KeyValuePairs<String, any MessageValue> = [
                "time": first.time.description, "quiet": quiet.description, "end": quiet.end.description, "count": held.count]
            return [Diagnostic(file: path, line: line, column: 1, severity: .warning,
                               text: held.count == 1 ? ScheduleMessage.quietTime(values) : ScheduleMessage.quietTimes(values))]
        }
    }
}
