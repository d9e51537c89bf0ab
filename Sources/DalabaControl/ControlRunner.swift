import ControlWire
import FoundationEssentials
import Messages
import Vocabulary

#if canImport(Glibc)
    import Glibc
#endif

/// Carries out a control command: one request to dalabad, its answer printed as text or JSON.
/// The one implementation behind both `dalaba` binaries.
public enum ControlRunner {
    public static func run(_ invocation: ControlInvocation) throws {
        let session = Session(socket: invocation.socket, json: invocation.json)
        switch invocation.action {
        case .status: try StatusText.run(session)
        case .say(let arguments): try SayText.run(arguments, session)
        case .queue: try QueueText.run(session)
        case .cancel(let id):
            let line = try session.call(Request(.cancel, id: id))
            if session.json { return session.printLine(line) }
            print(ControlMessage.cancelled.localized(["id": Int(id)]))
        case .skip:
            let (line, reply) = try session.call(Request(.skip), as: SkipReply.self)
            if session.json { return session.printLine(line) }
            if let skipped = reply.skipped {
                print(ControlMessage.skipped.localized(["id": skipped.id.map { "\($0)" } ?? "-", "title": skipped.title]))
            } else {
                print(ControlMessage.nothingPlaying.localized())
            }
        case .skipZone(let zone):
            let (line, reply) = try session.call(Request(.skip, zones: [zone]), as: SkipReply.self)
            if session.json { return session.printLine(line) }
            // The zone as the station spells it (full-width letters folded), else as typed.
            let name = reply.zone ?? zone
            if let skipped = reply.skipped {
                print(ControlMessage.skippedInZone.localized(["id": skipped.id.map { "\($0)" } ?? "-", "title": skipped.title, "zone": name]))
                // One playback in several zones stops in all of them: say where else it stopped.
                let others = (skipped.zones ?? []).filter { $0 != name }
                if !others.isEmpty || skipped.zones?.isEmpty == true {
                    print(ControlMessage.skippedAlsoIn.localized([
                        "zones": others.isEmpty ? ControlMessage.zonesAll.localized() : others.joined(separator: ", ")]))
                }
            } else {
                print(ControlMessage.nothingPlayingInZone.localized(["zone": name]))
            }
        case .pause:
            let line = try session.call(Request(.pause))
            if session.json { return session.printLine(line) }
            print(ControlMessage.paused.localized())
        case .resume:
            let line = try session.call(Request(.resume))
            if session.json { return session.printLine(line) }
            print(ControlMessage.resumed.localized())
        case .reload:
            let (line, reply) = try session.call(Request(.reload), as: ReloadReply.self)
            if session.json {
                session.printLine(line)
            } else {
                print(ControlMessage.reloaded.localized(["count": reply.programs]))
                for error in reply.errors(in: .current) { print(error) }
            }
            if !reply.errors.isEmpty {
                throw ControlFailure(ControlMessage.reloadErrors.localized(["count": reply.errors.count]))
            }
        case .history(let arguments): try HistoryText.run(arguments, session)
        case .watch: try WatchText.run(session)
        case .alerts: try AlertsText.run(session)
        case .volume(let arguments):
            let request = Request(.volume, level: arguments.level, until: arguments.until)
            let (line, reply) = try session.call(request, as: VolumeReply.self)
            if session.json { return session.printLine(line) }
            print(reply.text(in: .current))
        }
    }
}

/// The socket and output choice of one command, and the call with its errors in one sentence.
struct Session {
    var socket: String?
    var json: Bool

    var path: String { socket ?? SocketPath.forClient() }

    /// Connects; "not running" and "permission denied" become one line and exit status 1.
    func connect() throws -> ControlClient {
        do { return try ControlClient(path: path) } catch { throw ControlFailure(DaemonMessage.localized(error.description)) }
    }

    /// Sends one request and returns the reply line; a refusal becomes the daemon's own sentence.
    func call(_ request: Request) throws -> Data {
        do { return try connect().call(request) } catch let error as ControlError {
            throw ControlFailure(DaemonMessage.localized(error.message))
        } catch let error as ClientError {
            throw ControlFailure(DaemonMessage.localized(error.description))
        }
    }

    /// `displayOnly`: the reply's instants are only shown, to the second (see Wire.decoder).
    func call<Reply: Decodable>(_ request: Request, as type: Reply.Type, displayOnly: Bool = true) throws -> (line: Data, reply: Reply) {
        let line = try call(request)
        do { return (line, try Wire.decoder(displayOnly: displayOnly).decode(Reply.self, from: line)) } catch {
            throw ControlFailure(DaemonMessage.localized("unexpected reply from dalabad: \(error)"))
        }
    }

    func printLine(_ line: Data) {
        print(String(decoding: line, as: UTF8.self))
    }
}

extension StatusReply {
    /// The schedule errors for a reader of `language` (the English ones from an older daemon).
    func scheduleErrors(in language: Language) -> [String] {
        guard language == .chinese, let chinese = scheduleErrorsChinese, chinese.count == scheduleErrors.count else {
            return scheduleErrors
        }
        return chinese
    }
}

extension VolumeReply {
    /// `volume 60% (-4.4 dB): set by alice until 18:00:00`; in Chinese
    /// `音量 60%（-4.4 dB）：由 alice 设定，到 今天 18:00 结束`. The reason comes in English.
    func text(in language: Language, now: Date = Date()) -> String {
        let level = VolumeLevel(clamping: self.level)
        let decibels = level.percent > 0 ? level.decibelText : ControlMessage.volumeSilent().text(in: language)
        let reason = DaemonMessage.localized(self.reason, in: language)
        guard let until else {
            return ControlMessage.volumeInForce(["level": level.description, "decibels": decibels, "reason": reason]).text(in: language)
        }
        let format = StationTimeFormat(zone: timeZone)
        // English as before (the clock time alone); Chinese with 今天 or the date.
        let end = language == .chinese ? format.dateTime(until, in: .chinese, now: now) : format.time(until)
        return ControlMessage.volumeInForceUntil(["level": level.description, "decibels": decibels, "reason": reason, "until": end])
            .text(in: language)
    }
}

extension ReloadReply {
    func errors(in language: Language) -> [String] {
        guard language == .chinese, let chinese = errorsChinese, chinese.count == errors.count else { return errors }
        return chinese
    }
}
