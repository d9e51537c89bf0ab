/// A failure the user must act on: printed as "Error: …", exit status 1.
public struct ControlFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Bad input found while running (no text to say): printed as "Error: …", exit status 2, as
/// argument-parser's ValidationError.
public struct UsageFailure: Error {
    public var message: String
    public init(_ message: String) { self.message = message }
}
