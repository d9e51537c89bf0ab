import ControlWire
import Messages
import Vocabulary

/// `dalaba queue`: what will play, in order, with today's program occurrences.
enum QueueText {
    static func run(_ session: Session) throws {
        let (line, queue) = try session.call(Request(.queue), as: QueueReply.self)
        if session.json { return session.printLine(line) }
        if queue.playing == nil, queue.waiting.isEmpty, queue.later.isEmpty {
            return print(ControlMessage.queueEmpty.localized())
        }
        let clock = StationTimeFormat(zone: queue.timeZone)
        // As wide as the longest id: those kept in memory only (disk full) have 13 digits.
        let items = [queue.playing].compactMap { $0 } + queue.waiting + queue.later
        let width = max(7, (items.compactMap(\.id).map { "\($0)".count }.max() ?? 0) + 1)
        let language = Language.current
        print((language == .chinese ? "编号" : "ID").padded(toColumns: width + 1) + ControlMessage.queueHeader().text(in: language))
        let zones = queue.stationZones
        if let playing = queue.playing { print(row(playing, mark: "▶", clock: clock, width: width, stationZones: zones)) }
        for item in queue.waiting { print(row(item, mark: " ", clock: clock, width: width, stationZones: zones)) }
        for item in queue.later { print(row(item, mark: " ", clock: clock, width: width, stationZones: zones)) }
    }

    static func row(_ item: AnnouncementView, mark: String, clock: StationTimeFormat, width: Int, stationZones: [String]? = nil) -> String {
        let id = item.id.map { "\($0)" } ?? "-"
        let language = Language.current
        let zones = ZonesText.tag(item.zones, station: stationZones, in: language)
        guard language == .chinese else {
            return "\(mark)" + id.padded(to: width) + clock.dateTime(item.due).padded(to: 21)
                + item.priority.rawValue.padded(to: 11) + PlainText.escaped("\(zones)\(item.title) (\(item.source))")
        }
        return "\(mark)" + id.padded(to: width) + clock.dateTime(item.due, in: language).padded(toColumns: 21)
            + ControlMessage.word(item.priority.rawValue, ControlMessage.priorities, in: language).padded(toColumns: 11)
            + PlainText.escaped("\(zones)\(item.title)（\(chineseSource(item.source))）")
    }

    /// `program FILE` / `user NAME` / `alert SENDER` as the daemon names a source, in Chinese.
    static func chineseSource(_ source: String) -> String {
        if source.hasPrefix("program ") { return ControlMessage.sourceProgram(["file": source.dropFirst(8)]).chinese }
        if source.hasPrefix("user ") { return ControlMessage.sourceUser(["name": source.dropFirst(5)]).chinese }
        if source.hasPrefix("alert ") { return ControlMessage.sourceAlert(["sender": source.dropFirst(6)]).chinese }
        return source
    }
}
