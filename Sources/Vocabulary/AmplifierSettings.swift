/// Shell commands that switch the amplifier (功放) on before speaking and off after
/// (`station.yaml`'s `amplifier:`), as the amplifier's driver uses them.
public struct AmplifierSettings: Hashable, Sendable {
    public var onCommand: String?
    public var offCommand: String?
    /// Seconds between switching on and the first sample.
    public var warmUp: Double
    /// Seconds of quiet before switching off, in case another announcement follows.
    public var hold: Double

    public init(onCommand: String? = nil, offCommand: String? = nil, warmUp: Double = 2, hold: Double = 30) {
        self.onCommand = onCommand
        self.offCommand = offCommand
        self.warmUp = warmUp
        self.hold = hold
    }

    /// Without a command there is nothing to switch.
    public var isConfigured: Bool { onCommand != nil || offCommand != nil }
}
