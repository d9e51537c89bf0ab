import Foundation

/// What the server does with one request line.
public enum Handling: Sendable {
    /// Send this reply line and carry on reading.
    case reply(Data)
    /// Send this reply line, then stream event lines on this connection until it closes.
    case watch(Data)
    /// A slow request (a reload): the server computes the reply off its queue, so other
    /// clients keep being answered, and holds this connection's next lines until it is sent.
    case later(@Sendable () -> Data)
}

/// The server's view of the station: turns request lines into reply lines, and streams events.
public protocol ControlHandler: Sendable {
    func handle(_ line: Data, from peer: Peer) -> Handling
    /// Calls `send` with each event line from now on.
    func observe(_ send: @escaping @Sendable (Data) -> Void) -> UUID
    func stopObserving(_ token: UUID)
}
