import ControlWire
import Messages
import Vocabulary
import FoundationEssentials

/// `dalaba history`: the play log (播出记录) of one day.
enum HistoryText {
    static func run(_ arguments: HistoryArguments, _ session: Session) throws {
        var (_, history) = try session.call(Request(.history, date: arguments.date), as: HistoryReply.self, displayOnly: false)
        // A long day comes in pages; `--json` and `--csv` print the whole day as one.
        while let next = history.next {
            let page = try session.call(Request(.history, date: history.date, offset: next), as: HistoryReply.self, displayOnly: false).1
            history.records += page.records
            history.next = page.next
        }
        if session.json {
            // The records alone: an array a script can read directly.
            let data = try Wire.encoder().encode(history.records)
            return print(String(decoding: data, as: UTF8.self))
        }
        if arguments.csv { return print(csv(history.records), terminator: "") }
        let language = Language.current
        if history.records.isEmpty { return print(ControlMessage.historyEmpty(["date": history.date]).text(in: language)) }
        let clock = StationTimeFormat(zone: history.timeZone)
        for record in history.records {
            let time = (record.started ?? record.finished).map(clock.time) ?? "--:--:--"
            // Escaped: records from before control characters were stripped at `say` must not
            // drive the terminal.
            let zones = ZonesText.tag(record.zones, station: history.stationZones, in: language)
            guard language == .chinese else {
                let reason = record.reason.map { " — \($0)" } ?? ""
                print("\(time)  \(record.status.padded(to: 11)) \(record.id)  " + PlainText.escaped("\(zones)\(record.title)\(reason)"))
                continue
            }
            let status = ControlMessage.word(record.status, ControlMessage.outcomes, in: language)
            let reason = record.reason.map { "——" + DaemonMessage.localized($0, in: language) } ?? ""
            print("\(time)  \(status.padded(toColumns: 11))\(record.id)  " + PlainText.escaped("\(zones)\(record.title)\(reason)"))
        }
    }

    static func csv(_ records: [HistoryRecord]) -> String {
        let instant = Wire.instant
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
        }
        // Stable English column names and values in every language (a documented choice,
        // docs/control-protocol.md): spreadsheets and scripts key on them.
        var out = "id,title,status,due,started,finished,priority,source,reason,text,zones,volume\n"
        for r in records {
            let row = [
                "\(r.id)", r.title, r.status, r.due.formatted(instant), r.started?.formatted(instant) ?? "",
                r.finished?.formatted(instant) ?? "", r.priority.rawValue, r.source, r.reason ?? "", r.text,
                ZonesText.value(r.zones), r.volume.map { VolumeLevel(clamping: $0).percentText } ?? "",
            ]
            out += row.map(field).joined(separator: ",") + "\n"
        }
        return out
    }
}
