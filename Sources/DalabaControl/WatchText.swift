import ControlWire
import FoundationEssentials
import Messages

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
            if !session.json { print(ControlMessage.watching.localized(["path": client.path])) }
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
            throw ControlFailure(DaemonMessage.localized(error.message))
        } catch let error as ClientError {
            throw ControlFailure(DaemonMessage.localized(error.description))
        }
        throw ControlFailure(ControlMessage.daemonClosed.localized())
    }

    static func describe(_ event: EventLine, clock: StationTimeFormat, language: Language = .current) -> String {
        var text = "\(clock.time(event.time)) \(ControlMessage.word(event.event, ControlMessage.events, in: language))"
        if let id = event.id { text += " \(id)" }
        // `[东头] ` / `【东头】` as in queue and history: where it plays, or whose speaker.
        let zones = event.zones.map { ZonesText.tag($0, station: $0, in: language) } ?? ""
        if let title = event.title { text += " " + zones + title } else if !zones.isEmpty { text += " " + zones.trimmed }
        if let message = event.message {
            text += language == .chinese ? "——" + DaemonMessage.localized(message, in: language) : " — \(message)"
        }
        return text
    }
}
