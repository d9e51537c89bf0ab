import ArgumentParser
import Control
import Foundation
import Station

/// `dalaba queue`: what will play, in order, with today's program occurrences.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List what will play, in order: queued announcements and the rest of today's programs.")

    @OptionGroup var control: ControlOptions

    func run() throws {
        let (line, queue) = try control.call(Request(.queue), as: QueueReply.self)
        if control.json { return control.printLine(line) }
        if queue.playing == nil, queue.waiting.isEmpty, queue.later.isEmpty {
            return print("nothing queued and no more programs today")
        }
        let clock = StationTimeFormat(zone: queue.timeZone)
        // As wide as the longest id: those kept in memory only (disk full) have 13 digits.
        let items = [queue.playing].compactMap { $0 } + queue.waiting + queue.later
        let width = max(7, (items.compactMap(\.id).map { "\($0)".count }.max() ?? 0) + 1)
        print("ID".padding(toLength: width + 1, withPad: " ", startingAt: 0) + "DUE                  PRIORITY   TITLE (SOURCE)")
        if let playing = queue.playing { print(Self.row(playing, mark: "▶", clock: clock, width: width)) }
        for item in queue.waiting { print(Self.row(item, mark: " ", clock: clock, width: width)) }
        for item in queue.later { print(Self.row(item, mark: " ", clock: clock, width: width)) }
    }

    static func row(_ item: AnnouncementView, mark: String, clock: StationTimeFormat, width: Int) -> String {
        let id = item.id.map { "\($0)" } ?? "-"
        return "\(mark)" + id.padding(toLength: width, withPad: " ", startingAt: 0)
            + clock.dateTime(item.due).padding(toLength: 21, withPad: " ", startingAt: 0)
            + item.priority.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            + PlainText.escaped("\(item.title) (\(item.source))")
    }
}
