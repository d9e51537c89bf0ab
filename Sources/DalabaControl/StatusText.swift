import ControlWire
import Messages
import Vocabulary

/// `dalaba status`: what the station is doing now.
enum StatusText {
    static func run(_ session: Session) throws {
        let (line, status) = try session.call(Request(.status), as: StatusReply.self)
        if session.json { return session.printLine(line) }
        let clock = StationTimeFormat(zone: status.timeZone)
        let language = Language.current
        func say(_ message: ControlMessage, _ values: KeyValuePairs<String, any MessageValue> = [:]) {
            print(message.text(in: language, values))
        }
        if let playing = status.playing {
            say(.playing, ["id": playing.id.map { "\($0)" } ?? "-", "title": playing.title,
                           "since": status.playingSince.map(clock.time) ?? "?"])
        } else {
            say(.playingNothing)
        }
        if let next = status.next {
            say(.next, ["id": next.id.map { "\($0)" } ?? "-", "title": next.title,
                        "due": clock.dateTime(next.due, in: language),
                        "priority": ControlMessage.word(next.priority.rawValue, ControlMessage.priorities, in: language)])
        } else {
            say(.nextNothing)
        }
        say(.queueLength, ["count": status.queueLength])
        if let error = status.speakerError {
            say(.speakerOffline, ["speaker": status.speaker, "error": DaemonMessage.localized(error, in: language)])
        } else {
            say(.speaker, ["speaker": status.speaker])
        }
        for line in ZonesText.statusLines(status.zones, in: language) { print(line) }
        if let error = status.storeError { say(.storeError, ["error": DaemonMessage.localized(error, in: language)]) }
        say(status.paused ? .pausedYes : .pausedNo)
        say(status.quietHours ? .quietYes : .quietNo)
        if status.scheduleErrors.isEmpty {
            say(.scheduleOK)
        } else {
            say(.scheduleErrors, ["count": status.scheduleErrors.count])
            for error in status.scheduleErrors(in: language) { print("  \(error)") }
        }
        if let rejections = status.alertRejections {
            print(AlertsMessage.statusRejected.text(in: language, ["count": rejections.count]))
            let lines = language == .chinese ? status.alertRejectionsChinese ?? rejections : rejections
            for line in lines { print("  " + PlainText.escaped(line)) }
        }
    }
}
