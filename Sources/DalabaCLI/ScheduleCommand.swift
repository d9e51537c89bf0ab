import ArgumentParser
import Control
import Foundation
import Messages
import Schedule

/// `dalaba schedule`: offline checks of the schedule files, no daemon needed.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: HelpMessage.scheduleAbstract.localized(),
        subcommands: [ScheduleCheck.self, ScheduleShow.self])
}

/// Where the schedule and voice folders are when no option names them.
enum ScheduleFolders {
    static let installedSchedules = DataPaths.installedSchedules

    static func schedules(_ option: String?) -> URL { DataPaths.schedules(option) }

    /// The voice names to check against; nil (no check) when the default folder is absent.
    static func voiceNames(_ option: String?) throws -> Set<String>? {
        let directory = Paths.voicesDirectory(option)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            if option != nil { throw ValidationError(HelpMessage.noVoicesFolder.localized(["path": directory.relativePath])) }
            FileHandle.standardError.write(Data((HelpMessage.voicesNotChecked.localized(["path": directory.relativePath]) + "\n").utf8))
            return nil
        }
        return VoiceNames.inDirectory(directory)
    }
}
