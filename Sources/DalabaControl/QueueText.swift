import ControlWire
import Vocabulary

/// `dalaba queue`: what will play, in order, with today's program occurrences.
enum QueueText {
    static func run(_ session: Session) throws {
        let (line, queue) = try session.call(Request(.queue), as: QueueReply.self)
        if session.json { return session.printLine(line) }
        if queue.playing == nil, queue.waiting.isEmpty, queue.later.isEmpty {
            return print("nothing queued and no more programs today")
        }
        let clock = StationTimeFormat(zone: queue.timeZone)
        // As wide as the longest id: those kept in memory only (disk full) have 13 digits.
        let items = [queue.playing].compactMap { $0 } + queue.waiting + queue.later
        let width = max(7, (items.compactMap(\.id).map { "\($0)".count }.max() ?? 0) + 1)
        print("ID".padded(to: width + 1) + "DUE                  PRIORITY   TITLE (SOURCE)")
        if let playing = queue.playing { print(row(playing, mark: "▶", clock: clock, width: width)) }
        for item in queue.waiting { print(row(item, mark: " ", clock: clock, width: width)) }
        for item in queue.later { print(row(item, mark: " ", clock: clock, width: width)) }
    }

    static func row(_ item: AnnouncementView, mark: String, clock: StationTimeFormat, width: Int) -> String {
        let id = item.id.map { "\($0)" } ?? "-"
        return "\(mark)" + id.padded(to: width) + clock.dateTime(item.due).padded(to: 21)
            + item.priority.rawValue.padded(to: 11) + PlainText.escaped("\(item.title) (\(item.source))")
    }
}
