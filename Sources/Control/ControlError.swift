/// An error reply on the control socket: a stable machine code and a sentence for the person.
public struct ControlError: Error, Equatable, Sendable, Codable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
