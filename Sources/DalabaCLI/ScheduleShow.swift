import ArgumentParser
import Foundation
import Schedule

/// `dalaba schedule show`: one day's timetable as the station would play it.
struct ScheduleShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one day's timetable in time order: time, title, priority, repeat, source file:line.",
        discussion: """
            Times are the station's (timezone in station.yaml, default Asia/Shanghai). With --json, \
            prints an array of objects with the fields time, title, priority, repeat, file, line, \
            program, date, due, voice, chime and quiet (true when it falls in quiet hours and so waits). Files with errors are left out and reported on \
            standard error; the exit status is then 1.
            """)

    @Option(help: "The schedules folder (default: ./schedules if it exists, else \(ScheduleFolders.installedSchedules)).")
    var schedules: String?

    @Option(help: "The day to show, as YYYY-MM-DD (default: today at the station).")
    var date: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: "The voice profiles folder whose names 'voice:' may use (default: ./voices, else /usr/local/share/dalaba/voices).")
    var voices: String?

    func validate() throws {
        if let date, LocalDate(iso: date) == nil {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, e.g. 2026-12-01 (got '\(date)')")
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
