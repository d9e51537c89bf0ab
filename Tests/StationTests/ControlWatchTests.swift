import Foundation
import Testing

@testable import Control
@testable import Station

/// A handler whose event streams are driven by the test: each `watch` gets a sender the test
/// can call later, and `stopObserving` leaves the sender callable, as the engine's
/// asynchronous observer removal does for events already on their way.
final class ScriptedWatchHandler: ControlHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var senders: [@Sendable (Data) -> Void] = []

    var watcherCount: Int { lock.withLock { senders.count } }

    func handle(_ line: Data, from peer: Peer) -> Handling {
        String(decoding: line, as: UTF8.self).contains("watch")
            ? .watch(Wire.success(["watching": true])) : .reply(Wire.success(["ok": true]))
    }

    func observe(_ send: @escaping @Sendable (Data) -> Void) -> UUID {
        lock.withLock { senders.append(send) }
        return UUID()
    }

    func stopObserving(_ token: UUID) {}

    /// Sends `line` through the stream of the `index`th watcher.
    func send(_ line: String, toWatcher index: Int) {
        let send = lock.withLock { senders[index] }
        send(Data((line + "\n").utf8))
    }
}

@Suite(.serialized) struct ControlWatchTests {
    /// A watcher that hangs up while an event for it is still on its way must not have that
    /// event delivered to the next client that happens to get the same file descriptor.
    @Test func eventsForAClosedWatcherNeverReachTheNextClient() throws {
        let temp = try TemporaryStore()
        let handler = ScriptedWatchHandler()
        let quiet = StationLog(journald: true, write: { _ in })
        let server = ControlServer(path: temp.directory.appendingPathComponent("control.sock").path, handler: handler, log: quiet)
        try server.start()
        defer { server.stop() }
        var strays = 0
        for round in 0..<20 {
            do {
                let old = try ControlClient(path: server.path)
                _ = try old.call(Request(.watch))
                let subscribed = Date().addingTimeInterval(10)
                while handler.watcherCount < 2 * round + 1, Date() < subscribed { Thread.sleep(forTimeInterval: 0.002) }
            }  // closed here
            let oldIndex = handler.watcherCount - 1
            // A watcher may half-close and keep listening, so the server drops a closed one when
            // writing to it fails: poke the closed ones until their descriptors are free again.
            let deadline = Date().addingTimeInterval(10)
            while server.connectionCount > 0, Date() < deadline {
                for index in 0...oldIndex { handler.send(#"{"event":"poke"}"#, toWatcher: index) }
                Thread.sleep(forTimeInterval: 0.002)
            }
            #expect(server.connectionCount == 0)
            Thread.sleep(forTimeInterval: 0.01)  // the read source's cancel handler closes the fd
            let new = try ControlClient(path: server.path, timeout: 10)
            _ = try new.call(Request(.watch))
            // The server subscribes right after sending the "watching" reply.
            let subscribed = Date().addingTimeInterval(10)
            while handler.watcherCount < oldIndex + 2, Date() < subscribed { Thread.sleep(forTimeInterval: 0.002) }
            handler.send(#"{"event":"meant-for-the-closed-one","round":\#(round)}"#, toWatcher: oldIndex)
            handler.send(#"{"event":"mine"}"#, toWatcher: handler.watcherCount - 1)
            let first = try #require(try new.readLine())
            if String(decoding: first, as: UTF8.self).contains("meant-for-the-closed-one") { strays += 1 }
        }
        #expect(strays == 0, "\(strays) of 20 new watchers got an event of the closed one")
    }
}
