import Foundation
import Schedule
import Vocabulary
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
        var diagnostics: [Diagnostic]
        if let previous = snapshot, !Self.folderReadable(directory) {
            // A folder that vanished or cannot be listed (an unmounted card, a bad chmod) says
            // nothing about the programs: every one stays in force until it is back.
            diagnostics = fresh.diagnostics.map {
                Diagnostic(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity,
                           message: $0.message + " — the programs loaded before stay in force")
            }
            fresh = previous
        } else {
            if let previous = snapshot { fresh = fresh.keepingLastGood(from: previous) }
            diagnostics = fresh.diagnostics
        }
        var settings = fresh.station
        if let configFile {
            // Any file name: --config names the station settings file explicitly.
            let result = loader.load(file: configFile, as: .station)
            diagnostics += result.diagnostics
            if case .station(let configured) = result.content {
                settings = configured
            } else if snapshot != nil {
                settings = self.settings  // keep the last good settings
            }
        }
        snapshot = fresh
        self.settings = settings
        errors = diagnostics.filter(\.isError).map(\.description)
        return diagnostics
    }

    static func folderReadable(_ directory: URL) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) != nil
    }

    var programs: SchedulePrograms { SchedulePrograms(snapshot: snapshot ?? ScheduleLoader(knownVoices: nil).load(files: [])) }
    var programCount: Int { snapshot?.programs.count ?? 0 }
}
