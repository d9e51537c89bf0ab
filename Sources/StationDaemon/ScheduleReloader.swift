import Foundation
import Recording
import Schedule
import Vocabulary
import Station

/// One load of the schedules folder and the station settings. A value: start-up and each
/// reload hold their own, so none can read a load while another rewrites it.
struct LoadedSchedules: Sendable {
    let snapshot: ScheduleSnapshot
    let settings: StationSettings
    /// Errors and warnings of this load, to log.
    let diagnostics: [Diagnostic]

    var errors: [String] { diagnostics.filter(\.isError).map(\.description) }
    /// The same errors for a Chinese reader (`status` and the reload reply carry both).
    var chineseErrors: [String] { diagnostics.filter(\.isError).map { $0.description(in: .chinese) } }
    var programs: SchedulePrograms { SchedulePrograms(snapshot: snapshot) }
    var programCount: Int { snapshot.programs.count }
}

/// Reads the schedules folder (and the station settings file), keeping the last good version
/// of each file that now fails. Loads are serialized here; what it remembers of the last load
/// (to keep from) is its own and never handed out: callers get `LoadedSchedules` values.
final class ScheduleReloader: @unchecked Sendable {
    let directory: URL
    let configFile: URL?
    private let lock = NSLock()
    private var last: LoadedSchedules?  // guarded by lock
    /// Recordings checked at earlier loads: an unchanged one is not decoded again.
    private let recordings = RecordingCheckCache()

    init(directory: URL, configFile: URL?) {
        self.directory = directory
        self.configFile = configFile
    }

    /// Loads everything again, keeping the last good version of what now fails.
    func load(knownVoices: Set<String>) -> LoadedSchedules {
        lock.withLock {
            let loaded = Self.load(directory: directory, configFile: configFile, knownVoices: knownVoices, previous: last,
                                   recordings: recordings)
            recordings.sweep()
            last = loaded
            return loaded
        }
    }

    private static func load(directory: URL, configFile: URL?, knownVoices: Set<String>, previous: LoadedSchedules?,
                             recordings: RecordingCheckCache) -> LoadedSchedules {
        let loader = ScheduleLoader(knownVoices: knownVoices, recordings: recordings)
        var fresh = loader.load(directory: directory)
        var diagnostics: [Diagnostic]
        if let previous, !folderReadable(directory) {
            // A folder that vanished or cannot be listed (an unmounted card, a bad chmod) says
            // nothing about the programs: every one stays in force until it is back.
            diagnostics = fresh.diagnostics.map {
                Diagnostic(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity,
                           message: $0.message + " — the programs loaded before stay in force",
                           chinese: $0.chinese.map { $0 + "。之前载入的节目继续有效" })
            }
            fresh = previous.snapshot
        } else {
            if let previous { fresh = fresh.keepingLastGood(from: previous.snapshot) }
            diagnostics = fresh.diagnostics
        }
        var settings = fresh.station
        if let configFile {
            // Any file name: --config names the station settings file explicitly.
            let result = loader.load(file: configFile, as: .station)
            diagnostics += result.diagnostics
            if case .station(let configured) = result.content {
                settings = configured
            } else if let previous {
                settings = previous.settings  // keep the last good settings
            }
        }
        return LoadedSchedules(snapshot: fresh, settings: settings, diagnostics: diagnostics)
    }

    static func folderReadable(_ directory: URL) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) != nil
    }
}
