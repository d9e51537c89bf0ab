import Foundation
import Messages
import Schedule
import Vocabulary

/// The text of `schedule check` and `schedule show`, built without printing (tested directly).
enum ScheduleReport {
    struct CheckReport {
        var lines: [String]
        var summary: String
        var failed: Bool
    }

    static func check(_ snapshots: [ScheduleSnapshot], targets: [String],
                      language: Language = .current) -> CheckReport {
        let diagnostics = snapshots.flatMap(\.diagnostics)
        let errors = diagnostics.filter(\.isError)
        let warnings = diagnostics.count - errors.count
        let files = snapshots.flatMap(\.files).filter { file in
            if case .skipped = file.content { return false }
            return !file.name.isEmpty
        }
        let programs = files.filter { $0.program != nil }.count
        let hasStation = files.contains { if case .station = $0.content { true } else { false } }
        let warningText = warnings == 0 ? LocalizedText(verbatim: "")
            : CLIMessage.withWarnings(["warnings": CLIMessage.counted(warnings, .warningOne, .warningMany)])
        let summary: LocalizedText
        if !errors.isEmpty {
            let failing = Set(errors.map(\.file)).count
            summary = (errors.count == 1 ? CLIMessage.checkFailedOne : CLIMessage.checkFailedMany)([
                "errors": CLIMessage.counted(errors.count, .errorOne, .errorMany),
                "files": CLIMessage.counted(failing, .fileOne, .fileMany), "warnings": warningText])
        } else if files.isEmpty {
            summary = CLIMessage.noScheduleFiles(["targets": targets.joined(separator: ", "), "warnings": warningText])
        } else {
            summary = CLIMessage.checkOK([
                "targets": targets.joined(separator: ", "),
                "programs": CLIMessage.counted(programs, .programOne, .programMany),
                "station": hasStation ? CLIMessage.andStation() : LocalizedText(verbatim: ""), "warnings": warningText])
        }
        return CheckReport(lines: diagnostics.map { $0.description(in: language) }, summary: summary.text(in: language),
                           failed: !errors.isEmpty)
    }

    static func table(_ timetable: [Occurrence], day: LocalDate, station: StationSettings,
                      language: Language = .current) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let header = CLIMessage.showHeader([
            "date": LocalizedText(english: day.description,
                                  chinese: ChineseFormat.date(year: day.year, month: day.month, day: day.day)),
            "weekday": LocalizedText(english: "\(weekdays[day.weekday.rawValue - 1]) (\(day.weekday.chineseName))",
                                     chinese: day.weekday.chineseName),
            "zone": station.timeZone.identifier,
            "count": CLIMessage.counted(timetable.count, .announcementOne, .announcementMany),
        ]).text(in: language)
        guard !timetable.isEmpty else { return header }
        let titleWidth = min(30, timetable.map { displayWidth($0.program.title) }.max() ?? 0)
        let timeWidth = timetable.map(\.timeText.count).max() ?? 5
        // The zones column only at a station that names zones (one without shows as before).
        let zones = station.zones.areNamed ? timetable.map { zonesText($0.program.zones, language) } : []
        let zonesWidth = zones.map(displayWidth).max() ?? 0
        let rows = timetable.enumerated().map { index, occurrence -> String in
            let program = occurrence.program
            return ([
                occurrence.timeText.padding(toLength: timeWidth, withPad: " ", startingAt: 0),
                pad(program.title, to: titleWidth),
                pad(priorityName(program.priority).text(in: language), to: 9),
                "×\(program.repeatCount)",
            ] + (zones.isEmpty ? [] : [pad(zones[index], to: zonesWidth)]) + [
                "\(program.file):\(occurrence.sourceLine)",
            ]).joined(separator: "  ")
                + (isHeld(occurrence, station)
                    ? "  " + CLIMessage.quietWait(["end": station.quietHours!.end.description]).text(in: language) : "")
        }
        return ([header] + rows).joined(separator: "\n")
    }

    /// A program's zones in the timetable: `东头, 西头` (`东头、西头`), or every zone.
    static func zonesText(_ zones: ZoneSelection, _ language: Language) -> String {
        switch zones {
        case .all: CLIMessage.zonesAll().text(in: language)
        case .named(let names): names.map(\.text).joined(separator: language == .chinese ? "、" : ", ")
        }
    }

    static func priorityName(_ priority: Priority) -> LocalizedText {
        switch priority {
        case .low: CLIMessage.priorityLow()
        case .normal: CLIMessage.priorityNormal()
        case .high: CLIMessage.priorityHigh()
        case .emergency: CLIMessage.priorityEmergency()
        }
    }

    /// Quiet hours hold everything below emergency until they end (issue 5's queue rules).
    static func isHeld(_ occurrence: Occurrence, _ station: StationSettings) -> Bool {
        occurrence.program.priority != .emergency && station.isQuiet(at: occurrence.due)
    }

    /// One `schedule show --json` entry; the field names are documented in schedules/README.md.
    struct Entry: Encodable {
        var time: String
        var title: String
        var priority: String
        var `repeat`: Int
        var file: String
        var line: Int
        var program: String
        var date: String
        var due: String
        /// null when the program uses the station's default voice.
        var voice: String?
        var chime: Bool
        /// Falls in the station's quiet hours and is not an emergency: it waits until they end.
        var quiet: Bool
        /// The zones it plays in, in the station's order; nil (no key) at a station without zones.
        var zones: [String]? = nil

        enum CodingKeys: String, CodingKey {
            case time, title, priority, `repeat`, file, line, program, date, due, voice, chime, quiet, zones
        }

        // Written by hand so that a missing voice is an explicit null, not an absent key.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(time, forKey: .time)
            try c.encode(title, forKey: .title)
            try c.encode(priority, forKey: .priority)
            try c.encode(`repeat`, forKey: .repeat)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(program, forKey: .program)
            try c.encode(date, forKey: .date)
            try c.encode(due, forKey: .due)
            try c.encode(voice, forKey: .voice)
            try c.encode(chime, forKey: .chime)
            try c.encode(quiet, forKey: .quiet)
            try c.encodeIfPresent(zones, forKey: .zones)
        }
    }

    static func json(_ timetable: [Occurrence], station: StationSettings) throws -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = station.timeZone
        let entries = timetable.map { occurrence in
            let program = occurrence.program
            return Entry(time: occurrence.timeText, title: program.title, priority: program.priority.rawValue,
                         repeat: program.repeatCount, file: program.file, line: occurrence.sourceLine,
                         program: program.id, date: occurrence.date.description,
                         due: formatter.string(from: occurrence.due), voice: program.voice, chime: program.chime,
                         quiet: isHeld(occurrence, station),
                         zones: station.zones.areNamed
                             ? (try? program.zones.resolve(among: station.zones.names))?.map(\.text) : nil)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    /// Terminal columns: a Chinese character takes two (Vocabulary's one rule).
    static func displayWidth(_ text: String) -> Int { TextWidth.columns(text) }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }
}
