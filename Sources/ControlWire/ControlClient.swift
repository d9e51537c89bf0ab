import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Why the CLI could not talk to the daemon, in one line for the person at the terminal.
public enum ClientError: Error, Equatable, CustomStringConvertible {
    case notRunning(path: String)
    case permissionDenied(path: String)
    case connection(String)
    case reply(String)

    public var description: String {
        switch self {
        case .notRunning(let path): "dalabad is not running at \(path)"
        case .permissionDenied(let path):
            "permission denied on \(path): only root and members of group dalaba may use the station"
        case .connection(let message): message
        case .reply(let message): "unexpected reply from dalabad: \(message)"
        }
    }
}

/// A blocking client connection: one request line out, reply lines in.
public final class ControlClient {
    public let path: String
    private let fd: Int32
    /// Bytes read past the last line returned (an array: Data's generic paths cost the client
    /// more at start-up than the whole exchange).
    private var buffer: [UInt8] = []

    /// Connects; a missing or dead socket is `notRunning`, not a stack of errors.
    public init(path: String, timeout: Double = 10) throws(ClientError) {
        self.path = path
        let fd: Int32
        do { fd = try UnixSocket.stream(nonBlocking: false) } catch { throw .connection(error.description) }
        let code: Int32
        do { code = try UnixSocket.connect(fd, to: path) } catch {
            close(fd)
            throw .connection(error.description)
        }
        switch code {
        case 0: break
        case ENOENT, ECONNREFUSED, ENOTDIR:
            close(fd)
            throw .notRunning(path: path)
        case EACCES, EPERM:
            close(fd)
            throw .permissionDenied(path: path)
        default:
            close(fd)
            throw .connection("cannot connect to \(path): \(UnixSocket.errorText(code))")
        }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
    }

    deinit { close(fd) }

    /// Waits without limit for the next line (for `watch`).
    public func clearTimeout() {
        var none = timeval(tv_sec: 0, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &none, socklen_t(MemoryLayout<timeval>.size))
    }

    public func send(_ request: Request) throws(ClientError) {
        try send(request.jsonLine)
    }

    public func send(_ data: Data) throws(ClientError) {
        var offset = 0
        while offset < data.count {
            let sent = data.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EINTR { continue }
                throw .connection("lost the connection to dalabad at \(path): \(UnixSocket.errorText())")
            }
            offset += sent
        }
    }

    /// The next line without its newline; nil when the daemon closed the connection.
    public func readLine() throws(ClientError) -> Data? {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer.withUnsafeBytes { Data(bytes: $0.baseAddress!, count: newline) }
                buffer.removeFirst(newline + 1)
                return line
            }
            let count = recv(fd, &chunk, chunk.count, 0)
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return nil
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                throw .connection("dalabad at \(path) did not answer in time")
            } else {
                throw .connection("lost the connection to dalabad at \(path): \(UnixSocket.errorText())")
            }
        }
    }

    /// Sends one request and returns its reply line, checked for `"ok": true`.
    /// A refusal throws `ControlError` with the daemon's words.
    public func call(_ request: Request) throws -> Data {
        do { try send(request) } catch {
            // The daemon may refuse a connection ("busy") and close it before our request is
            // read: its reason is already waiting to be read, and says more than EPIPE.
            guard let refusal = try? readLine(), !refusal.isEmpty else { throw error }
            return try checked(refusal)
        }
        guard let line = try readLine() else { throw ClientError.reply("the connection closed before a reply") }
        return try checked(line)
    }

    private func checked(_ line: Data) throws -> Data {
        let header: Wire.Header
        do { header = try Wire.decoder().decode(Wire.Header.self, from: line) } catch {
            throw ClientError.reply(String(decoding: line.prefix(200), as: UTF8.self))
        }
        if !header.ok { throw header.error ?? ControlError.failed("refused without a reason") }
        return line
    }

    /// `call`, decoding the reply as `Reply`.
    public func call<Reply: Decodable>(_ request: Request, as type: Reply.Type) throws -> Reply {
        let line = try call(request)
        do { return try Wire.decoder().decode(Reply.self, from: line) } catch {
            throw ClientError.reply("\(error)")
        }
    }
}
