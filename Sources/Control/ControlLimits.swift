import Foundation

/// What one client may ask of the daemon; documented in docs/control-protocol.md and
/// docs/operations.md.
public struct ControlLimits: Sendable {
    public var maxLineBytes = 64 * 1024
    public var maxTextCharacters = 2000
    /// Connections at once, all users together; root may use all of them.
    public var maxClients = 256
    /// Connections at once of one user other than root, so one clerk (or a runaway script)
    /// cannot lock the others out.
    public var maxClientsPerUser = 16
    /// Connections kept for root alone: the other users together stop this many short of
    /// `maxClients`, so the admin (and an emergency `say` run as root) always gets in.
    public var rootReserve = 32
    /// A connection that sends nothing (and is not watching, nor being sent a reply) for this
    /// long is closed.
    public var idleTimeout: TimeInterval = 5
    public var maxRepeat = 10
    /// A `watch` client that does not read its events is dropped past this much unsent output.
    /// A reply to a request is sent whole however large (the client asked for it and reads
    /// it); further requests on that connection wait until it is sent.
    public var maxPendingOutputBytes = 1 << 20
    /// Records in one page of a `history` reply (each at most ~7 KB, so a page stays well
    /// under 1 MiB); the client asks for the next page until there is none.
    public var historyPageRecords = 100

    public init() {}
}
