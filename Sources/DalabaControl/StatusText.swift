import ControlWire

/// `dalaba status`: what the station is doing now.
enum StatusText {
    static func run(_ session: Session) throws {
        let (line, status) = try session.call(Request(.status), as: StatusReply.self)
        if session.json { return session.printLine(line) }
        let clock = StationTimeFormat(zone: status.timeZone)
        if let playing = status.playing {
            print("playing:  \(playing.id.map { "\($0)" } ?? "-") \(playing.title) (since \(status.playingSince.map(clock.time) ?? "?"))")
        } else {
            print("playing:  nothing")
        }
        if let next = status.next {
            print("next:     \(next.id.map { "\($0)" } ?? "-") \(next.title) at \(clock.dateTime(next.due)) [\(next.priority.rawValue)]")
        } else {
            print("next:     nothing queued, no program to come")
        }
        print("queue:    \(status.queueLength) waiting")
        print("speaker:  \(status.speaker)" + (status.speakerError.map { " — OFFLINE: \($0)" } ?? ""))
        if let error = status.storeError { print("state:    CANNOT PERSIST, playing from memory: \(error)") }
        print("paused:   \(status.paused ? "yes (dalaba resume to continue)" : "no")")
        print("quiet:    \(status.quietHours ? "yes, quiet hours: only emergencies sound" : "no")")
        if status.scheduleErrors.isEmpty {
            print("schedule: no errors")
        } else {
            print("schedule: \(status.scheduleErrors.count) error(s)")
            for error in status.scheduleErrors { print("  \(error)") }
        }
    }
}
