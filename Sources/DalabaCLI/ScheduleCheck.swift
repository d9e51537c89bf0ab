import ArgumentParser
import Foundation
import Schedule

/// `dalaba schedule check`: every problem as FILE:LINE:COL, exit 1 if any is an error.
struct ScheduleCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check schedule files and print every problem as FILE:LINE:COL: error: MESSAGE.",
        discussion: """
            With no PATH, checks the schedules folder (./schedules if it exists, else \
            \(ScheduleFolders.installedSchedules)). Exits 1 if any file has an error, else prints \
            a one-line summary and exits 0. Warnings (skipped files, a time listed twice…) do not fail the check.
            """)

    @Argument(help: "Schedule folders or single .yaml files to check.")
    var paths: [String] = []

    @Option(help: "The voice profiles folder whose names 'voice:' may use (default: ./voices, else /usr/local/share/dalaba/voices).")
    var voices: String?

    func run() throws {
        let loader = ScheduleLoader(knownVoices: try ScheduleFolders.voiceNames(voices))
        let targets = paths.isEmpty ? [ScheduleFolders.schedules(nil).relativePath] : paths
        let snapshots = targets.map { path -> ScheduleSnapshot in
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return loader.load(directory: URL(fileURLWithPath: path))
            }
            return loader.load(files: [URL(fileURLWithPath: path)])
        }
        let report = ScheduleReport.check(snapshots, targets: targets)
        if !report.lines.isEmpty { print(report.lines.joined(separator: "\n")) }
        if report.failed {
            FileHandle.standardError.write(Data((report.summary + "\n").utf8))
            throw ExitCode.failure
        }
        print(report.summary)
    }
}
