import ControlWire
import Foundation
import HubLink

/// dalabad over its control socket, a connection per call (the daemon closes idle ones after
/// 5 s, and a call is a millisecond on a local socket).
public struct StationSocket: StationPort {
    public let path: String

    public init(path: String) { self.path = path }

    public func say(_ request: Request) throws -> SayReply { try call(request, as: SayReply.self) }
    public func cancel(key: String, reason: String) throws -> CancelAnswer {
        do {
            _ = try call(Request(.cancel, key: key, reason: reason), as: CancelReply.self)
            return .cancelled
        } catch let refusal as ControlError where refusal.code == "not_found" {
            return .unknown
        } catch let refusal as ControlError where refusal.code == "refused" {
            return .ended
        }
    }

    private struct CancelReply: Decodable { var cancelled: Int64 }

    public func status() throws -> StatusReply { try call(Request(.status), as: StatusReply.self) }
    public func history(after: Int64) throws -> HistoryReply { try call(Request(.history, after: after), as: HistoryReply.self) }
    public func timetable() throws -> TimetableReply { try call(Request(.timetable), as: TimetableReply.self) }

    private func call<Reply: Decodable>(_ request: Request, as type: Reply.Type) throws -> Reply {
        try ControlClient(path: path).call(request, as: type)
    }
}

/// dalabad's `watch` stream, kept open on a thread of its own: each event about an
/// announcement, and each time the daemon is reached again (it may have played, missed or
/// restarted meanwhile), calls `changed`. While dalabad is down it tries again every second.
public final class StationWatch: @unchecked Sendable {
    public let path: String
    private let changed: @Sendable (_ reconnected: Bool) -> Void
    private let log: @Sendable (String) -> Void

    public init(path: String, log: @escaping @Sendable (String) -> Void, changed: @escaping @Sendable (_ reconnected: Bool) -> Void) {
        self.path = path
        self.log = log
        self.changed = changed
    }

    public func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "dalabad watch"
        thread.start()
    }

    /// Event kinds that change what the hub should hear: a start, an end, a queue.
    static let relevant: Set<String> = ["queued", "started", "finished", "interrupted", "skipped", "cancelled", "missed", "failed", "speakerOffline", "speakerOnline", "reloaded"]

    private func loop() {
        var wasDown = false
        while true {
            do {
                let client = try ControlClient(path: path)
                try client.send(Request(.watch))
                guard try client.readLine() != nil else { throw ClientError.reply("closed") }
                client.clearTimeout()
                if wasDown { log("dalabad answers again at \(path)") }
                wasDown = false
                changed(true)
                while let line = try client.readLine() {
                    if let event = try? Wire.decoder().decode(EventLine.self, from: line), Self.relevant.contains(event.event) {
                        changed(false)
                    }
                }
            } catch {
                if !wasDown { log("dalabad does not answer at \(path): \(error); the link tries again every second") }
                wasDown = true
            }
            Thread.sleep(forTimeInterval: 1)
        }
    }
}
