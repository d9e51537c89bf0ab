/// An error reply on the control socket: a stable machine code and a sentence for the person.
public struct ControlError: Error, Equatable, Sendable, Codable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    // The codes, documented in docs/control-protocol.md.
    public static func badRequest(_ message: String) -> Self { .init(code: "bad_request", message: message) }
    public static func unknownCommand(_ cmd: String) -> Self {
        .init(code: "unknown_command", message: "unknown command \"\(cmd)\"; known: \(Request.Command.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    /// `what`: the thing the command would change ("the queue", "the volume").
    public static func forbidden(_ user: String, changing what: String = "the queue") -> Self {
        .init(code: "forbidden", message: "\(user) may not change \(what): only root and members of group dalaba may")
    }
    public static func lineTooLong(_ limit: Int) -> Self {
        .init(code: "line_too_long", message: "request line longer than \(limit) bytes; closing the connection")
    }
    public static let busy = ControlError(code: "busy", message: "too many clients are connected; try again in a moment")
    public static func busy(user: String, limit: Int) -> Self {
        .init(code: "busy", message: "too many connections from \(user) (at most \(limit) at once); close some (a stuck `dalaba watch`?) or try again in a moment")
    }
    public static func idle(_ seconds: Int) -> Self {
        .init(code: "idle", message: "nothing received for \(seconds) s; closing the connection")
    }
    public static func notFound(_ message: String) -> Self { .init(code: "not_found", message: message) }
    public static func refused(_ message: String) -> Self { .init(code: "refused", message: message) }
    public static func failed(_ message: String) -> Self { .init(code: "failed", message: message) }
}
