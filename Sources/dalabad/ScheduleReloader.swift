import Foundation
import Schedule
import Station

/// Reads the schedules folder (and the station settings file), keeping the last good version
/// of each file that now fails. Serialized by the caller.
final class ScheduleReloader: @unchecked Sendable {
    let directory: URL
    let configFile: URL?
    private(set) var snapshot: ScheduleSnapshot?
    private(set) var settings = StationSettings()
    private(set) var errors: [String] = []

    init(directory: URL, configFile: URL?) {
        self.directory = directory
        self.configFile = configFile
    }

    /// Loads everything again; returns the diagnostics to log (errors and warnings).
    func load(knownVoices: Set<String>) -> [Diagnostic] {
        let loader = ScheduleLoader(knownVoices: knownVoices)
        var fresh = loader.load(directory: directory)
        if let previous = snapshot { fresh = fresh.keepingLastGood(from: previous) }
        var diagnostics = fresh.diagnostics
        var settings = fresh.station
        if let configFile {
            let result = loader.load(file: configFile)
            diagnostics += result.diagnostics
            if case .station(let configured) = result.content {
                settings = configured
            } else if result.diagnostics.isEmpty {
                diagnostics.append(Diagnostic(file: configFile.path, line: 1, column: 1, severity: .error,
                                              message: "not a station settings file (expected timezone, quiet_hours, grace, output…)"))
            } else {
                settings = self.snapshot == nil ? settings : self.settings  // keep the last good settings
            }
        }
        snapshot = fresh
        self.settings = settings
        errors = diagnostics.filter(\.isError).map(\.description)
        return diagnostics
    }

    var programs: SchedulePrograms { SchedulePrograms(snapshot: snapshot ?? ScheduleLoader(knownVoices: nil).load(files: [])) }
    var programCount: Int { snapshot?.programs.count ?? 0 }
}
