import ArgumentParser
import Control
import Foundation

/// `dalaba watch`: events as they happen, until interrupted.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print station events as they happen (started, finished, interrupted, reloaded, speaker offline…).")

    @OptionGroup var control: ControlOptions

    func run() throws {
        // Event times are shown in the station's zone, which the status reply names.
        let clock = StationTimeFormat(zone: (try? control.call(Request(.status), as: StatusReply.self))?.1.timeZone)
        let client = try control.connect()
        do {
            _ = try client.call(Request(.watch))
            client.clearTimeout()
            if !control.json { print("watching \(client.path) (Ctrl-C to stop)") }
            fflush(nil)
            while let line = try client.readLine() {
                if control.json {
                    control.printLine(line)
                } else if let event = try? Wire.decoder().decode(EventLine.self, from: line) {
                    print(Self.describe(event, clock: clock))
                }
                fflush(nil)  // each event as it comes, also when piped
            }
        } catch let error as ControlError {
            throw Failure(error.message)
        } catch let error as ClientError {
            throw Failure(error.description)
        }
        throw Failure("dalabad closed the connection (it stopped)")
    }

    static func describe(_ event: EventLine, clock: StationTimeFormat) -> String {
        var text = "\(clock.time(event.time)) \(event.event)"
        if let id = event.id { text += " \(id)" }
        if let title = event.title { text += " \(title)" }
        if let message = event.message { text += " — \(message)" }
        return text
    }
}
