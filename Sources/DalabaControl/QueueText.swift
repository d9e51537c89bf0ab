import ControlWire

/// `dalaba queue`: what will play, in order, with today's program occurrences.
enum QueueText {
    static func run(_ session: Session) throws {
        let (line, queue) = try session.call(Request(.queue), as: QueueReply.self)
        if session.json { return session.printLine(line) }
        if queue.playing == nil, queue.waiting.isEmpty, queue.later.isEmpty {
            return print("nothing queued and no more programs today")
        }
        let clock = Clock(zone: queue.timeZone)
        print("ID      DUE                  PRIORITY   TITLE (SOURCE)")
        if let playing = queue.playing { print(row(playing, mark: "▶", clock: clock)) }
        for item in queue.waiting { print(row(item, mark: " ", clock: clock)) }
        for item in queue.later { print(row(item, mark: " ", clock: clock)) }
    }

    static func row(_ item: AnnouncementView, mark: String, clock: Clock) -> String {
        let id = item.id.map { "\($0)" } ?? "-"
        return "\(mark)" + id.padded(to: 7) + clock.dateTime(item.due).padded(to: 21)
            + item.priority.rawValue.padded(to: 11) + "\(item.title) (\(item.source))"
    }
}
