import ArgumentParser
import Foundation
import Messages
import Schedule

/// `dalaba schedule show`: one day's timetable as the station would play it.
struct ScheduleShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpMessage.showAbstract.localized(),
        discussion: HelpMessage.showDiscussion.localized())

    @Option(help: ArgumentHelp(HelpMessage.showSchedules.localized(["installed": ScheduleFolders.installedSchedules])))
    var schedules: String?

    @Option(help: ArgumentHelp(HelpMessage.showDate.localized()))
    var date: String?

    @Flag(help: ArgumentHelp(HelpMessage.showJSON.localized()))
    var json = false

    @Option(help: ArgumentHelp(HelpMessage.scheduleVoices.localized()))
    var voices: String?

    func validate() throws {
        if let date, LocalDate(iso: date) == nil {
            throw ValidationError(HelpMessage.badDate.localized(["date": date]))
        }
    }

    func run() throws {
        let loader = ScheduleLoader(knownVoices: try ScheduleFolders.voiceNames(voices))
        let snapshot = loader.load(directory: ScheduleFolders.schedules(schedules))
        let day = date.flatMap(LocalDate.init(iso:)) ?? snapshot.localDate(at: Date())
        let timetable = snapshot.timetable(for: day)
        print(json ? try ScheduleReport.json(timetable, station: snapshot.station)
                   : ScheduleReport.table(timetable, day: day, station: snapshot.station))
        let errors = snapshot.diagnostics.filter(\.isError)
        if !errors.isEmpty {
            let files = Set(errors.map(\.file)).sorted()
            let message = (files.count == 1 ? CLIMessage.leftOutOne : CLIMessage.leftOutMany)(
                ["count": files.count, "files": files.joined(separator: ", ")]).localized
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
