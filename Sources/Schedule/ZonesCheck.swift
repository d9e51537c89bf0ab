// A program's `zones:` must name zones of the station: a misspelt zone would otherwise play
// nowhere. Checked when the folder is assembled, since station.yaml is another file.
import Messages
import Vocabulary

enum ZonesCheck {
    /// The error for a program naming zones the station does not have, at the first unknown
    /// name, listing the station's zones; nil when every name is known.
    static func error(for program: Program, station: StationSettings, path: String) -> Diagnostic? {
        guard case .named(let names) = program.zones else { return nil }
        let known = station.zones.areNamed ? station.zones.names : []
        do {
            _ = try program.zones.resolve(among: known)
            return nil
        } catch {
            let text = station.zones.areNamed ? error.text
                : ScheduleMessage.stationHasNoZones(["names": names.map(\.text).joined(separator: ", ")])
            let first = names.first { !known.contains($0) }
            let position = first.flatMap { program.zonePositions[$0] }
                ?? SourcePosition(line: program.keyLines["zones"] ?? 1, column: 1)
            return Diagnostic(file: path, line: position.line, column: position.column, severity: .error, text: text)
        }
    }
}
