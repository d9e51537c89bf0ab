import ControlWire
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// `dalaba watch`: events as they happen, until interrupted.
enum WatchText {
    static func run(_ session: Session) throws {
        // Event times are shown in the station's zone, which the status reply names.
        let clock = StationTimeFormat(zone: (try? session.call(Request(.status), as: StatusReply.self))?.1.timeZone)
        let client = try session.connect()
        do {
            _ = try client.call(Request(.watch))
            client.clearTimeout()
            if !session.json { print("watching \(client.path) (Ctrl-C to stop)") }
            fflush(nil)
            while let line = try client.readLine() {
                if session.json {
                    session.printLine(line)
                } else if let event = try? Wire.decoder(displayOnly: true).decode(EventLine.self, from: line) {
                    print(describe(event, clock: clock))
                }
                fflush(nil)  // each event as it comes, also when piped
            }
        } catch let error as ControlError {
            throw ControlFailure(error.message)
        } catch let error as ClientError {
            throw ControlFailure(error.description)
        }
        throw ControlFailure("dalabad closed the connection (it stopped)")
    }

    static func describe(_ event: EventLine, clock: StationTimeFormat) -> String {
        var text = "\(clock.time(event.time)) \(event.event)"
        if let id = event.id { text += " \(id)" }
        if let title = event.title { text += " \(title)" }
        if let message = event.message { text += " — \(message)" }
        return text
    }
}
