// Everything read from a schedules folder at one moment: per-file results, the programs
// in force, the station settings, and every diagnostic.
import Foundation
import Vocabulary

public struct ScheduleSnapshot: Sendable {
    /// Every file considered, sorted by name.
    public let files: [ScheduleFileResult]
    /// Programs in force, in file-name order (the tie-break order of the timetable).
    public let programs: [Program]
    public let station: StationSettings
    /// All diagnostics, by file and position.
    public let diagnostics: [Diagnostic]
    /// `programs`, each boxed once for the occurrences that refer to it.
    let boxes: [ProgramBox]

    /// Assembles a snapshot; also reports two files that would be the same program
    /// (`a.yaml` and `a.yml`), keeping the first.
    public init(files unsorted: [ScheduleFileResult]) {
        var files = unsorted.sorted { $0.name < $1.name }
        var seen: [String: String] = [:]
        for index in files.indices {
            guard let program = files[index].program else { continue }
            if let first = seen[program.id] {
                files[index].diagnostics.append(Diagnostic(
                    file: files[index].path, line: 1, column: 1, severity: .error,
                    text: ScheduleMessage.duplicateProgram(["id": program.id, "first": first])))
                files[index].content = .failed
            } else {
                seen[program.id] = files[index].name
            }
        }
        let station = files.lazy.compactMap { file -> StationSettings? in
            if case .station(let settings) = file.content { return settings }
            return nil
        }.first ?? StationSettings()
        for index in files.indices where !files[index].isLastGood {
            guard let program = files[index].program else { continue }
            // Assembling again (keepingLastGood) must not repeat a warning already given.
            for warning in QuietHoursCheck.warnings(for: program, station: station, path: files[index].path)
            where !files[index].diagnostics.contains(warning) {
                files[index].diagnostics.append(warning)
            }
        }
        // A station.yaml that failed leaves the default zones: its own error says what is wrong,
        // and every program naming zones would only echo it.
        let stationFailed = files.contains { ScheduleFileParser.stationFileNames.contains($0.name) && $0.content == .failed }
        for index in files.indices where !stationFailed {
            guard let program = files[index].program,
                  let error = ZonesCheck.error(for: program, station: station, path: files[index].path) else { continue }
            if !files[index].diagnostics.contains(error) { files[index].diagnostics.append(error) }
            files[index].content = .failed
        }
        self.station = station
        self.files = files
        programs = files.compactMap(\.program)
        boxes = programs.map(ProgramBox.init)
        diagnostics = files.flatMap(\.diagnostics).sortedByPosition()
    }

    public var errorCount: Int { diagnostics.count(where: \.isError) }
    public var warningCount: Int { diagnostics.count - errorCount }
    public var hasErrors: Bool { errorCount > 0 }

    /// For hot reload: each file that now fails keeps its content from `previous` if it was
    /// good there (its new diagnostics stay, so status can name file:line). A file that never
    /// parsed contributes nothing; a file no longer present is gone.
    public func keepingLastGood(from previous: ScheduleSnapshot) -> ScheduleSnapshot {
        let previousByName = Dictionary(previous.files.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let merged = files.map { file -> ScheduleFileResult in
            guard case .failed = file.content, let old = previousByName[file.name] else { return file }
            switch old.content {
            case .program, .station:
                var kept = file
                kept.content = old.content
                kept.isLastGood = true
                return kept
            case .skipped, .failed:
                return file
            }
        }
        return ScheduleSnapshot(files: merged)
    }
}
