import ArgumentParser
import Control
import Foundation
import Station

/// `dalaba history`: the play log (播出记录) of one day.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the play log of a day: what played, was interrupted, skipped, cancelled, missed or failed.")

    @Option(help: "The day, YYYY-MM-DD in the station's time zone (default: today).")
    var date: String?

    @Flag(help: "Print CSV with a header line instead of text.")
    var csv = false

    @OptionGroup var control: ControlOptions

    mutating func validate() throws {
        if csv && control.json { throw ValidationError("choose one of --csv and --json") }
        if let date {
            do { _ = try StationCalendar(timeZone: .gmt).day(date, now: Date()) } catch {
                throw ValidationError("--date: \(error.message)")
            }
        }
    }

    func run() throws {
        let (line, first) = try control.call(Request(.history, date: date), as: HistoryReply.self)
        var history = first
        // A long day comes in pages; `--json` and `--csv` print the whole day as one.
        while let next = history.next {
            let page = try control.call(Request(.history, date: history.date, offset: next), as: HistoryReply.self).reply
            history.records += page.records
            history.next = page.next
        }
        if control.json {
            // The records alone: an array a script can read directly.
            let data = try Wire.encoder().encode(history.records)
            return print(String(decoding: data, as: UTF8.self))
        }
        _ = line
        if csv { return print(Self.csv(history.records), terminator: "") }
        if history.records.isEmpty { return print("nothing in the play log for \(history.date)") }
        let clock = StationTimeFormat(zone: history.timeZone)
        for record in history.records {
            let time = (record.started ?? record.finished).map(clock.time) ?? "--:--:--"
            let reason = record.reason.map { " — \($0)" } ?? ""
            // Escaped: records from before control characters were stripped at `say` must not
            // drive the terminal.
            print("\(time)  \(record.status.padding(toLength: 11, withPad: " ", startingAt: 0)) \(record.id)  " + PlainText.escaped("\(record.title)\(reason)"))
        }
    }

    static func csv(_ records: [HistoryRecord]) -> String {
        let instant = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var out = "id,title,status,due,started,finished,priority,source,reason,text\n"
        for r in records {
            let row = [
                "\(r.id)", r.title, r.status, r.due.formatted(instant), r.started?.formatted(instant) ?? "",
                r.finished?.formatted(instant) ?? "", r.priority.rawValue, r.source, r.reason ?? "", r.text,
            ]
            out += row.map(field).joined(separator: ",") + "\n"
        }
        return out
    }
}
