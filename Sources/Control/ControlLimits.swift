/// What one client may ask of the daemon; documented in docs/control-protocol.md.
public struct ControlLimits: Sendable {
    public var maxLineBytes = 64 * 1024
    public var maxTextCharacters = 2000
    public var maxClients = 64
    public var maxRepeat = 10
    /// A client that does not read its replies or events is dropped past this much unsent output.
    public var maxPendingOutputBytes = 1 << 20

    public init() {}
}
