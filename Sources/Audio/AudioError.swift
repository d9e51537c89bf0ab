/// A failure to play or write sound, worded for the person who must act on it.
public struct AudioError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
