/// A problem with one value a person typed (a duration, a time, an output device), in words that
/// say how to write it; the caller adds where it was (a file position, an option name).
public struct ValueError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
