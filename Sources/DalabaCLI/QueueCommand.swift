import ArgumentParser
import Control
import Foundation

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
        print("ID      DUE                  PRIORITY   TITLE (SOURCE)")
        if let playing = queue.playing { print(Self.row(playing, mark: "▶", clock: clock)) }
        for item in queue.waiting { print(Self.row(item, mark: " ", clock: clock)) }
        for item in queue.later { print(Self.row(item, mark: " ", clock: clock)) }
    }

    static func row(_ item: AnnouncementView, mark: String, clock: StationTimeFormat) -> String {
        let id = item.id.map { "\($0)" } ?? "-"
        return "\(mark)" + id.padding(toLength: 7, withPad: " ", startingAt: 0)
            + clock.dateTime(item.due).padding(toLength: 21, withPad: " ", startingAt: 0)
            + item.priority.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            + "\(item.title) (\(item.source))"
    }
}
