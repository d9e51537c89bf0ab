import Foundation
import Testing

@testable import Control
@testable import Station

/// A station engine with a fake speaker behind a real control socket in a temporary directory.
final class ControlHarness {
    let temp: TemporaryStore
    let speaker: FakeSpeaker
    let engine: StationEngine<FakeSpeaker>
    let commands: StationCommands<FakeSpeaker>
    let server: ControlServer
    let events = EventLog()

    init(limits: ControlLimits = ControlLimits(), speakerSeconds: Double = 0.01, programs: FixedPrograms = FixedPrograms([])) throws {
        temp = try TemporaryStore()
        speaker = FakeSpeaker(seconds: speakerSeconds)
        let quiet = StationLog(journald: true, write: { _ in })
        engine = StationEngine(store: temp.store, programs: programs, output: speaker, log: quiet)
        commands = StationCommands(
            engine: engine, calendar: StationCalendar(timeZone: shanghai), limits: limits,
            reload: { ReloadReply(programs: 0, errors: []) }, voices: { ["standard", "slow"] })
        server = ControlServer(path: temp.directory.appendingPathComponent("control.sock").path, handler: commands, limits: limits, log: quiet)
        let events = self.events
        _ = engine.observe { events.append($0) }
        try engine.start()
        try server.start()
    }

    func client() throws -> ControlClient { try ControlClient(path: server.path) }

    /// Sends raw bytes and returns the first reply line, decoded as a dictionary.
    func raw(_ bytes: Data, on client: ControlClient? = nil) throws -> [String: Any] {
        let connection = try client ?? self.client()
        try connection.send(bytes)
        let line = try #require(try connection.readLine())
        return try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
    }

    deinit { server.stop() }
}

func errorCode(_ reply: [String: Any]) -> String? {
    (reply["error"] as? [String: Any])?["code"] as? String
}

@Suite(.serialized) struct ControlServerTests {
    /// `timetable`: a day's program occurrences in the station's zone (Shanghai), from its first
    /// instant to the last before midnight, whatever has played; the day before and after left out.
    @Test func timetableGivesADaysProgramOccurrences() throws {
        // t0 is 2026-03-02 16:00 in Shanghai.
        let harness = try ControlHarness(programs: FixedPrograms([
            occurrence("eve.yaml", due: -17 * 3600), occurrence("midnight.yaml", due: -16 * 3600),
            occurrence("noon.yaml", due: -4 * 3600), occurrence("evening.yaml", due: 2 * 3600),
            occurrence("next-day.yaml", due: 8 * 3600),
        ]))
        let reply = try harness.client().call(Request(.timetable, date: "2026-03-02"), as: TimetableReply.self)
        #expect(reply.date == "2026-03-02")
        #expect(reply.timeZone == "Asia/Shanghai")
        #expect(reply.programs.map(\.source) == ["program midnight.yaml", "program noon.yaml", "program evening.yaml"])
        #expect(reply.programs.map(\.due) == [at(-16 * 3600), at(-4 * 3600), at(2 * 3600)])
        #expect(reply.programs.allSatisfy { $0.id == nil })
        let bad = try harness.raw(Data(#"{"cmd":"timetable","date":"2026-02-30"}"#.utf8 + [10]))
        #expect(errorCode(bad) == "bad_request")
    }

    @Test func statusRoundTrip() throws {
        let harness = try ControlHarness()
        let status = try harness.client().call(Request(.status), as: StatusReply.self)
        #expect(status.queueLength == 0)
        #expect(status.speaker == "fake")
        #expect(status.paused == false)
    }

    @Test func sayRepliesWithAnIdThatIsOnDiskAndPlays() throws {
        let harness = try ControlHarness()
        let reply = try harness.client().call(Request(.say, text: "请各位村民注意"), as: SayReply.self)
        #expect(try harness.temp.reopen().announcement(reply.id)?.text == "请各位村民注意")
        #expect(harness.events.wait(for: .finished))
        let history = try harness.client().call(Request(.history), as: HistoryReply.self)
        #expect(history.records.map(\.status) == ["played"])
        #expect(history.records.first?.id == reply.id)
    }

    @Test func junkGetsAnErrorAndTheConnectionCarriesOn() throws {
        let harness = try ControlHarness()
        let client = try harness.client()
        #expect(errorCode(try harness.raw(Data("{not json\n".utf8), on: client)) == "bad_request")
        #expect(errorCode(try harness.raw(Data([0xFF, 0x00, 0xFE, 0x0A]), on: client)) == "bad_request")
        #expect(errorCode(try harness.raw(Data("[1,2]\n".utf8), on: client)) == "bad_request")
        #expect(errorCode(try harness.raw(Data(#"{"cmd":"dance"}"#.utf8 + [0x0A]), on: client)) == "unknown_command")
        let wrongType = try harness.raw(Data(#"{"cmd":"say","text":42}"#.utf8 + [0x0A]), on: client)
        #expect((wrongType["error"] as? [String: Any])?["message"] as? String == "\"text\" must be a string")
        #expect(try harness.raw(Data(#"{"cmd":"status"}"#.utf8 + [0x0A]), on: client)["ok"] as? Bool == true)
    }

    @Test func oversizeLineIsRefusedAndClosed() throws {
        let harness = try ControlHarness()
        let client = try harness.client()
        let reply = try harness.raw(Data(repeating: 0x61, count: 100 * 1024), on: client)
        #expect(errorCode(reply) == "line_too_long")
        #expect(try client.readLine() == nil)
        #expect(try harness.client().call(Request(.status), as: StatusReply.self).queueLength == 0)
    }

    /// A hundred clients at once, each with one `say`, behind junk and a 10 MB line: every
    /// client is answered and every accepted say plays exactly once. (DaemonControlTests does the
    /// same to the real daemon, with the says due tomorrow: a real render takes ~0.25 s each.)
    @Test func aHundredClientsAtOnceAfterJunkEachAcceptedSayPlaysOnce() throws {
        let harness = try ControlHarness(speakerSeconds: 0.001)
        #expect(errorCode(try harness.raw(Data((0..<4096).map { _ in UInt8.random(in: 0...255) }) + [0x0A])) != nil)
        let huge = try harness.client()
        #expect(errorCode(try harness.raw(Data(repeating: 0x7B, count: 10 << 20), on: huge)) == "line_too_long")
        let replies = Replies()
        let path = harness.server.path
        DispatchQueue.concurrentPerform(iterations: 100) { index in
            let client = try? ControlClient(path: path)
            try? client?.send(Data(#"{"cmd":"say","text":"第\#(index)号通知"}"#.utf8 + [0x0A]))
            let line = (try? client?.readLine()) ?? nil
            replies.add(line.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:])
        }
        let accepted = replies.all.compactMap { $0["ok"] as? Bool == true ? ($0["id"] as? NSNumber)?.int64Value : nil }
        let refused = replies.all.filter { errorCode($0) == "busy" }.count
        #expect(accepted.count + refused == 100, "every client got an answer: \(replies.all.prefix(3))")
        #expect(accepted.count > 0)
        #expect(harness.events.wait(for: .finished, count: accepted.count, timeout: 30))
        Thread.sleep(forTimeInterval: 0.1)  // a second play of any would show by now
        let played = try harness.engine.history(from: .distantPast, to: .distantFuture).filter { $0.outcome == .played }
        #expect(played.map(\.announcement.id).sorted() == accepted.sorted(), "each accepted say played exactly once")
        #expect(try harness.client().call(Request(.status), as: StatusReply.self).queueLength == 0, "still serving")
    }

    @Test func clientsBeyondTheLimitAreToldBusy() throws {
        var limits = ControlLimits()
        limits.maxClients = 2
        let harness = try ControlHarness(limits: limits)
        let first = try harness.client()
        let second = try harness.client()
        _ = try first.call(Request(.status))
        _ = try second.call(Request(.status))
        let third = try harness.client()
        let line = try #require(try third.readLine())
        #expect(String(decoding: line, as: UTF8.self).contains(#""code":"busy""#))
    }

    @Test func watchStreamsEvents() throws {
        let harness = try ControlHarness()
        let watcher = try harness.client()
        _ = try watcher.call(Request(.watch))
        _ = try harness.client().call(Request(.say, text: "测试"))
        var kinds: [String] = []
        while kinds.last != "finished", let line = try watcher.readLine() {
            kinds.append(try Wire.decoder().decode(EventLine.self, from: line).event)
        }
        #expect(kinds == ["queued", "started", "finished"])
    }

    @Test func secondServerOnALiveSocketIsRefused() throws {
        let harness = try ControlHarness()
        let second = ControlServer(path: harness.server.path, handler: harness.commands, log: StationLog(journald: true, write: { _ in }))
        #expect(throws: (any Error).self) { try second.start() }
        #expect(try harness.client().call(Request(.status), as: StatusReply.self).queueLength == 0)
    }

    @Test func missingDaemonIsOneClearLine() {
        #expect(throws: ClientError.notRunning(path: "/nonexistent/dalaba.sock")) {
            try ControlClient(path: "/nonexistent/dalaba.sock")
        }
    }
}

@Suite struct StationCommandsTests {
    let outsider = Peer(uid: 1234, gid: 1234, pid: 1, name: "guest", mayChangeStation: false)
    let clerk = Peer(uid: 1000, gid: 1000, pid: 1, name: "clerk", mayChangeStation: true)

    func reply(_ harness: ControlHarness, _ json: String, from peer: Peer) throws -> [String: Any] {
        guard case .reply(let line) = harness.commands.handle(Data(json.utf8), from: peer) else {
            Issue.record("expected a reply")
            return [:]
        }
        return try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
    }

    @Test func outsiderMayReadButNotChange() throws {
        let harness = try ControlHarness()
        #expect(try reply(harness, #"{"cmd":"status"}"#, from: outsider)["ok"] as? Bool == true)
        for command in ["say", "cancel", "skip", "pause", "resume", "reload"] {
            let refused = try reply(harness, #"{"cmd":"\#(command)","text":"x","id":1}"#, from: outsider)
            #expect(errorCode(refused) == "forbidden")
        }
        #expect(harness.engine.status().queueLength == 0)
    }

    @Test func sayValidatesItsFields() throws {
        let harness = try ControlHarness()
        let long = String(repeating: "通", count: 2001)
        let cases = [
            #"{"cmd":"say"}"#: "say needs \"text\": what to announce",
            #"{"cmd":"say","text":"   "}"#: "say needs \"text\": what to announce",
            #"{"cmd":"say","text":"\#(long)"}"#: "text is 2001 characters; at most 2000 fit one announcement",
            #"{"cmd":"say","text":"x","repeat":0}"#: "repeat must be between 1 and 10",
            #"{"cmd":"say","text":"x","voice":"robot"}"#: "unknown voice \"robot\"; the station has: standard, slow",
            #"{"cmd":"say","text":"x","expires":-5}"#: "expires must be a positive number of seconds",
            #"{"cmd":"say","text":"x","at":"25:00"}"#: "\"25:00\" is not a time: use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM",
        ]
        for (json, message) in cases {
            let error = try reply(harness, json, from: clerk)["error"] as? [String: Any]
            #expect(error?["message"] as? String == message, "\(json)")
        }
        #expect(harness.engine.status().queueLength == 0)
    }

    @Test func unknownPriorityIsABadRequest() throws {
        let harness = try ControlHarness()
        #expect(errorCode(try reply(harness, #"{"cmd":"say","text":"x","priority":"urgent"}"#, from: clerk)) == "bad_request")
    }

    @Test func cancelUnknownIdIsNotFound() throws {
        let harness = try ControlHarness()
        #expect(errorCode(try reply(harness, #"{"cmd":"cancel","id":77}"#, from: clerk)) == "not_found")
        #expect(errorCode(try reply(harness, #"{"cmd":"cancel"}"#, from: clerk)) == "bad_request")
    }

    @Test func sayAtALaterTimeWaitsInTheQueue() throws {
        let harness = try ControlHarness()
        let later = Date().addingTimeInterval(3600)
        let clock = StationCalendar(timeZone: shanghai)
        let at = clock.dayName(later) + "T" + later.formatted(Date.ISO8601FormatStyle(timeZone: shanghai).time(includingFractionalSeconds: false)).prefix(5)
        let sayReply = try reply(harness, #"{"cmd":"say","text":"下午开会","at":"\#(at)","priority":"high"}"#, from: clerk)
        #expect(sayReply["ok"] as? Bool == true, "\(sayReply)")
        let queue = try reply(harness, #"{"cmd":"queue"}"#, from: outsider)
        let waiting = try #require(queue["waiting"] as? [[String: Any]])
        #expect(waiting.count == 1)
        #expect(waiting.first?["priority"] as? String == "high")
    }
}

@Suite struct StationClockTests {
    let clock = StationCalendar(timeZone: shanghai)

    @Test func clockTimeIsTodayInTheStationZone() throws {
        // t0 is 16:00 in Shanghai.
        #expect(try clock.due("17:30", now: t0) == at(5400))
        #expect(try clock.due("16:00:30", now: t0) == at(30))
    }

    @Test func passedTimeAsksForADate() {
        #expect(throws: ControlError.badRequest("07:30 has already passed today; give a date: --at YYYY-MM-DDT07:30")) {
            try clock.due("07:30", now: t0)
        }
    }

    @Test func dateAndTime() throws {
        #expect(try clock.due("2026-03-03T08:00", now: t0) == at(16 * 3600))  // 00:00 UTC
    }

    @Test(arguments: ["24:00", "07:60", "7", "2026-02-30T08:00", "2026-13-01T08:00", "x:y", "2026-03-03T08:00T1"])
    func impossibleTimesAreRefused(text: String) {
        #expect(throws: ControlError.self) { try clock.due(text, now: t0) }
    }

    @Test func dayIsTheStationDay() throws {
        let day = try clock.day("2026-03-02", now: t0)
        #expect(day.start == at(-16 * 3600))
        #expect(day.duration == 86_400)
        #expect(try clock.day(nil, now: t0) == day)
        #expect(clock.dayName(t0) == "2026-03-02")
    }
}

@Suite struct SocketPathTests {
    @Test func explicitEnvironmentWins() {
        #expect(SocketPath.candidates(environment: ["DALABA_SOCKET": "/x/y.sock"]) == ["/x/y.sock"])
    }

    @Test func systemThenRuntimeThenTmp() {
        let paths = SocketPath.candidates(environment: ["XDG_RUNTIME_DIR": "/run/user/1000"])
        #expect(paths == ["/run/dalaba/control.sock", "/run/user/1000/dalaba/control.sock", "/tmp/dalaba-\(getuid())/control.sock"])
    }

    @Test func clientFallsBackToTheFirstCandidate() {
        #expect(SocketPath.forClient(environment: ["DALABA_SOCKET": "/nonexistent.sock"]) == "/nonexistent.sock")
    }
}

final class Replies: @unchecked Sendable {
    private let lock = NSLock()
    private var replies: [[String: Any]] = []
    func add(_ reply: [String: Any]) { lock.withLock { replies.append(reply) } }
    var all: [[String: Any]] { lock.withLock { replies } }
}
