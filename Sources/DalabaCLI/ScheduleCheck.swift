import ArgumentParser
import Foundation
import Messages
import Schedule

/// `dalaba schedule check`: every problem as FILE:LINE:COL, exit 1 if any is an error.
struct ScheduleCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpMessage.checkAbstract.localized(),
        discussion: HelpMessage.checkDiscussion.localized(["installed": ScheduleFolders.installedSchedules]))

    @Argument(help: ArgumentHelp(HelpMessage.checkPaths.localized()))
    var paths: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.scheduleVoices.localized()))
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
