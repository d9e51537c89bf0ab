import Audio
import Foundation
import Recording
import Vocabulary
import Station

/// Carries out control requests on the station engine. Parsing, validation and
/// authorization happen here; the engine only ever sees well-formed commands.
public final class StationCommands<Output: Speaker>: ControlHandler, @unchecked Sendable {
    private let engine: StationEngine<Output>
    private let calendarLock = NSLock()
    private var _calendar: StationCalendar  // guarded by calendarLock
    /// The station's zone as last loaded: `say --at` follows a `timezone:` changed by a reload.
    public var calendar: StationCalendar {
        get { calendarLock.withLock { _calendar } }
        set { calendarLock.withLock { _calendar = newValue } }
    }
    private var _zones: StationZones = .whole  // guarded by calendarLock
    /// The station's zones as last loaded: `say --zones` is checked against them.
    public var zones: StationZones {
        get { calendarLock.withLock { _zones } }
        set { calendarLock.withLock { _zones = newValue } }
    }
    private let limits: ControlLimits
    private let reload: @Sendable () -> ReloadReply
    private let voices: @Sendable () -> [String]
    /// Whether a text has anything the reader can say (an emoji-only text has not).
    private let speakable: @Sendable (String) -> Bool
    private let now: @Sendable () -> Date
    /// The CAP alerts received (the daemon's drop folder); none when nobody provides them.
    private let alerts: @Sendable () -> AlertsReply

    public init(
        engine: StationEngine<Output>, calendar: StationCalendar, limits: ControlLimits = ControlLimits(),
        reload: @escaping @Sendable () -> ReloadReply, voices: @escaping @Sendable () -> [String] = { [] },
        speakable: @escaping @Sendable (String) -> Bool = { _ in true },
        now: @escaping @Sendable () -> Date = Date.init,
        alerts: @escaping @Sendable () -> AlertsReply = { AlertsReply(alerts: [], folder: "") }
    ) {
        self.alerts = alerts
        self.voices = voices
        self.speakable = speakable
        self.engine = engine
        self._calendar = calendar
        self.limits = limits
        self.reload = reload
        self.now = now
    }

    public func handle(_ line: Data, from peer: Peer) -> Handling {
        do {
            let request = try Self.parse(line)
            guard let command = request.command else { throw ControlError.unknownCommand(request.cmd) }
            if command.changesStation, !peer.mayChangeStation { throw ControlError.forbidden(peer.name) }
            if command == .watch { return .watch(Wire.success(["watching": true])) }
            if command == .reload {
                // Seconds for a large folder: off the control path, so `status` is not held up.
                let reload = self.reload
                return .later { Wire.success(reload()) }
            }
            return .reply(try run(command, request, peer: peer))
        } catch let error as ControlError {
            return .reply(Wire.failure(error))
        } catch let error as StoreError {
            switch error {
            case .notFound: return .reply(Wire.failure(.notFound(error.description)))
            case .queueFull, .notPending, .limitReached: return .reply(Wire.failure(.refused(error.description)))
            }
        } catch {
            return .reply(Wire.failure(.failed("the station could not do it: \(error)")))
        }
    }

    public func observe(_ send: @escaping @Sendable (Data) -> Void) -> UUID {
        engine.observe { event in send(Wire.line(EventLine(event))) }
    }

    public func stopObserving(_ token: UUID) { engine.removeObserver(token) }

    static func parse(_ line: Data) throws(ControlError) -> Request {
        guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
            throw .badRequest("not a JSON object; send one object per line, e.g. {\"cmd\":\"status\"}")
        }
        // 1.5 or 1e30 as an id fails deep in the decoder without naming the field.
        if let id = object["id"] as? NSNumber, Int64(exactly: id.doubleValue) == nil || id.stringValue.contains(".") {
            throw .badRequest("\"id\" must be an announcement's id: a whole number, as `dalaba queue` shows it")
        }
        do {
            return try Wire.decoder().decode(Request.self, from: line)
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            throw .badRequest("\(Self.field(context)) must be \(Self.typeName(type))")
        } catch let DecodingError.keyNotFound(key, _) {
            throw .badRequest("\"\(key.stringValue)\" is missing")
        } catch let DecodingError.dataCorrupted(context) {
            // Name what is wrong with the field at hand, not a guess at another one.
            let hint = switch context.codingPath.last?.stringValue {
            case "priority": " (priority: low, normal, high or emergency)"
            case "id": ": an announcement's id is a whole number, as `dalaba queue` shows it"
            default: ""
            }
            throw .badRequest("\(Self.field(context)) has an invalid value\(hint)")
        } catch {
            throw .badRequest("cannot read the request: \(error)")
        }
    }

    private static func field(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "the request" : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type, is [String].Type: "an array"
        default: "\(type)"
        }
    }

    private func run(_ command: Request.Command, _ request: Request, peer: Peer) throws -> Data {
        switch command {
        case .status:
            var status = StatusReply(engine.status())
            status.timeZone = calendar.timeZone.identifier
            let rejected = alerts().alerts.filter { $0.state == "rejected" }.suffix(3)
            if !rejected.isEmpty {
                status.alertRejections = rejected.map { "\($0.file): \($0.reason ?? "")" }
                status.alertRejectionsChinese = rejected.map { "\($0.file)：\($0.reasonChinese ?? $0.reason ?? "")" }
            }
            if status.next == nil {
                // Nothing queued yet: the next program occurrence is what comes next.
                status.next = engine.nextProgram(within: 48 * 3600).map { AnnouncementView($0) }
            }
            return Wire.success(status)
        case .say:
            let result = try engine.say(once: try draft(request, peer: peer))
            let persisted = StationEngine<Output>.isMemoryOnly(result.announcement.id) ? false : nil
            return Wire.success(SayReply(result, persisted: persisted))
        case .queue:
            let today = try calendar.day(nil, now: now())
            let (playing, waiting, later) = engine.upcoming(through: today.end)
            var reply = QueueReply(
                playing: playing.map(AnnouncementView.init), waiting: waiting.map(AnnouncementView.init),
                later: later.map { AnnouncementView($0) }, timeZone: calendar.timeZone.identifier)
            reply.stationZones = zones.wireNames
            return Wire.success(reply)
        case .timetable:
            let day = try calendar.day(request.date, now: now())
            return Wire.success(TimetableReply(
                date: calendar.dayName(day.start), timeZone: calendar.timeZone.identifier,
                programs: engine.timetable(from: day.start, to: day.end).map { AnnouncementView($0) }))
        case .cancel:
            if let reason = request.reason, reason.count > 200 || reason.isEmpty {
                throw ControlError.badRequest("\"reason\" must be 1 to 200 characters")
            }
            let id: AnnouncementID
            if let given = request.id {
                id = given
            } else if let key = request.key {
                guard let known = try engine.announcementID(key: key) else {
                    throw ControlError.notFound("no announcement was queued with key \(key)")
                }
                id = known
            } else {
                throw ControlError.badRequest("cancel needs \"id\": the announcement's number (or \"key\": its say's key)")
            }
            try engine.cancel(id, by: peer.name, reason: request.reason)
            return Wire.success(["cancelled": id])
        case .skip:
            guard let zone = try skipZone(request.zones) else {
                return Wire.success(SkipReply(skipped: engine.skip(by: peer.name).map(AnnouncementView.init)))
            }
            return Wire.success(SkipReply(skipped: engine.skip(in: zone, by: peer.name).map(AnnouncementView.init), zone: zone.text))
        case .pause, .resume:
            engine.setPaused(command == .pause, by: peer.name)
            return Wire.success(["paused": command == .pause])
        case .reload:
            preconditionFailure("reload is answered later, off the control queue")
        case .history:
            if let after = request.after {
                guard request.date == nil, request.offset == nil else {
                    throw ControlError.badRequest("history takes \"after\" or a \"date\" (with \"offset\"), not both")
                }
                let page = limits.historyPageRecords
                var records = try engine.history(after: after, limit: page + 1).map(HistoryRecord.init)
                let more = records.count > page
                if more { records.removeLast() }
                var reply = HistoryReply(date: "", records: records, timeZone: calendar.timeZone.identifier,
                                         next: more ? records.last?.seq.map(Int.init) : nil)
                reply.store = engine.storeIdentity
                return Wire.success(reply)
            }
            let day = try calendar.day(request.date, now: now())
            // In pages: a busy day's log can be far over what one reply should carry.
            let offset = max(0, request.offset ?? 0)
            let page = limits.historyPageRecords
            var records = try engine.history(from: day.start, to: day.end, offset: offset, limit: page + 1).map(HistoryRecord.init)
            let more = records.count > page
            if more { records.removeLast() }
            var reply = HistoryReply(date: calendar.dayName(day.start), records: records, timeZone: calendar.timeZone.identifier,
                                     next: more ? offset + page : nil)
            reply.stationZones = zones.wireNames
            return Wire.success(reply)
        case .watch:
            preconditionFailure("watch is handled before run")
        case .alerts:
            var reply = alerts()
            reply.timeZone = calendar.timeZone.identifier
            return Wire.success(reply)
        case .volume:
            let instant = now()
            guard let text = request.level else {
                if request.until != nil { throw ControlError.badRequest("\"until\" needs a \"level\"") }
                return Wire.success(VolumeReply(engine.volume.inForce(at: instant), timeZone: calendar.timeZone.identifier))
            }
            guard peer.mayChangeStation else { throw ControlError.forbidden(peer.name, changing: "the volume") }
            let level: VolumeLevel?
            if text == "plan" {
                guard request.until == nil else { throw ControlError.badRequest("\"until\" goes with a level, not with plan") }
                level = nil
            } else {
                do { level = try VolumeLevel(parsing: text) } catch { throw ControlError.badRequest(error.message) }
            }
            let until = try request.until.map { text throws(ControlError) in try calendar.nextInstant(text, now: instant) }
            return Wire.success(VolumeReply(engine.setVolume(level, until: until, by: peer.name), timeZone: calendar.timeZone.identifier))
        }
    }

    private func draft(_ request: Request, peer: Peer) throws(ControlError) -> AnnouncementDraft {
        // Control characters (ESC, BEL, line breaks) stop here: stored, they would reach the
        // terminal of whoever reads `dalaba history` and split journal lines.
        let text = PlainText.stripped(request.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let audio = try recording(request.audio)
        guard !text.isEmpty || audio != nil else { throw .badRequest("say needs \"text\": what to announce") }
        guard text.count <= limits.maxTextCharacters else {
            throw .badRequest("text is \(text.count) characters; at most \(limits.maxTextCharacters) fit one announcement")
        }
        guard text.isEmpty || speakable(text) else {
            throw .badRequest("nothing in this text can be read aloud (emoji and symbols have no reading); write it in Chinese characters, with digits or pinyin")
        }
        let repeatCount = request.repeat ?? 1
        guard (1...limits.maxRepeat).contains(repeatCount) else {
            throw .badRequest("repeat must be between 1 and \(limits.maxRepeat)")
        }
        if let voice = request.voice {
            let known = voices()
            guard known.contains(voice) else {
                throw .badRequest("unknown voice \"\(voice)\"; the station has: \(known.joined(separator: ", "))")
            }
        }
        let instant = now()
        let due = try request.at.map { text throws(ControlError) in try calendar.due(text, now: instant) } ?? instant
        if let expires = request.expires, !(expires > 0 && expires.isFinite) {
            throw .badRequest("expires must be a positive number of seconds")
        }
        if let key = request.key {
            guard !key.isEmpty, key.count <= 200, !key.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw .badRequest("key must be 1 to 200 characters without control characters (e.g. \"hub:42\")")
            }
        }
        let zones = try zones(request.zones)
        let named = text.isEmpty ? (audio.map { ($0 as NSString).lastPathComponent } ?? "") : text
        let title = String(named.prefix(20)) + (named.count > 20 ? "…" : "")
        return AnnouncementDraft(
            title: title, text: text, voice: request.voice, repeatCount: repeatCount, chime: request.chime ?? true,
            priority: request.priority ?? .normal, source: .user(peer.name), due: due,
            expires: request.expires.map { due.addingTimeInterval($0) }, audio: audio, key: request.key,
            zones: zones)
    }

    /// `say`'s zones: names of the station's zones, or every zone when absent.
    private func zones(_ names: [String]?) throws(ControlError) -> ZoneSelection {
        let selection: ZoneSelection
        do { selection = try ZoneSelection(names: names ?? []) } catch { throw .badRequest(error.message) }
        guard case .named(let named) = selection else { return .all }
        let station = zones
        guard station.areNamed else {
            throw .badRequest("no zone named \(named.map(\.text).joined(separator: ", ")) — this station has no zones (station.yaml names none); leave out --zones")
        }
        do { _ = try selection.resolve(among: station.names) } catch { throw .badRequest(error.message) }
        return selection
    }

    /// `skip --zone`'s zone: one of the station's zones; nil (every zone) when absent.
    private func skipZone(_ names: [String]?) throws(ControlError) -> ZoneName? {
        let selection: ZoneSelection
        do { selection = try ZoneSelection(names: names ?? []) } catch { throw .badRequest(error.message) }
        guard case .named(let named) = selection else { return nil }
        guard named.count == 1 else { throw .badRequest("skip takes one zone, not \(named.map(\.text).joined(separator: ", "))") }
        let station = zones
        guard station.areNamed else {
            throw .badRequest("no zone named \(named[0].text) — this station has no zones (station.yaml names none); leave out --zone")
        }
        do { return try selection.resolve(among: station.names)[0] } catch { throw .badRequest(error.message) }
    }

    /// `say`'s recording: an absolute path (the client resolves it) to a file that opens as
    /// sound — the header checks only, so the control socket answers at once; damage further
    /// in fails the announcement at its time, logged with the reason.
    private func recording(_ path: String?) throws(ControlError) -> String? {
        guard let path else { return nil }
        guard path.hasPrefix("/") else { throw .badRequest("audio must be an absolute path (the daemon reads the file): \(path)") }
        do { _ = try RecordingDecoder(path: path, sampleRate: PCMBuffer.stationRate) } catch { throw .badRequest(error.description) }
        return path
    }
}
