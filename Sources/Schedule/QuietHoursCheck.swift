// A program time inside the station's quiet hours is valid but will not sound on time:
// everything below emergency waits until the quiet hours end. The clerk should know.
import Vocabulary

enum QuietHoursCheck {
    static func warnings(for program: Program, station: StationSettings, path: String) -> [Diagnostic] {
        guard let quiet = station.quietHours, program.priority != .emergency else { return [] }
        let advice = "it falls in the quiet hours \(quiet) (station.yaml) and will wait until \(quiet.end); use priority: emergency only if it must sound at night"
        switch program.times {
        case .at(let entries):
            return entries.filter { quiet.contains($0.time) }.map { entry in
                Diagnostic(file: path, line: entry.line, column: entry.column, severity: .warning,
                           message: "time \(entry.time): \(advice)")
            }
        case .every(_, _, let line):
            let held = program.dailyTimes.filter { quiet.contains($0.time) }
            guard let first = held.first else { return [] }
            return [Diagnostic(file: path, line: line, column: 1, severity: .warning,
                               message: "\(held.count == 1 ? "time \(first.time)" : "\(held.count) of the times, from \(first.time),"): \(advice)")]
        }
    }
}
