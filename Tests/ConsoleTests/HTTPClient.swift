import Foundation

/// A small HTTP/1.1 client over a plain socket, so that the tests see exactly what the console
/// sends (status, every Set-Cookie, the body as bytes) and can pick the client's loopback address
/// (127.0.0.2 …: the sign-in limits count per address). Blocking I/O on a thread of its own.
struct HTTPReply: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: String

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
    var setCookies: [String] { headers.filter { $0.name.lowercased() == "set-cookie" }.map(\.value) }
}

struct HTTPFailure: Error, CustomStringConvertible { var description: String }

enum RawHTTP {
    /// A connected socket to 127.0.0.1:`port` from `source` (a loopback address), with a receive timeout.
    static func connect(port: Int, source: String, timeout: Double) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HTTPFailure(description: "socket: errno \(errno)") }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        local.sin_addr.s_addr = inet_addr(source)
        _ = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = in_port_t(UInt16(port).bigEndian)
        remote.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw HTTPFailure(description: "connect to port \(port): errno \(errno)")
        }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw HTTPFailure(description: "send: errno \(errno)") }
            offset += n
        }
    }

    /// Bytes until the peer closes (or the receive timeout passes: then what came so far).
    static func readAll(_ fd: Int32, until deadline: Date) -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 { data += buffer[0..<n] } else if n == 0 { break } else if errno != EAGAIN && errno != EINTR { break }
        }
        return data
    }

    static func request(port: Int, source: String, method: String, path: String, headers: [(String, String)], body: String?) throws -> HTTPReply {
        let fd = try connect(port: port, source: source, timeout: 0.5)
        defer { close(fd) }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if let body {
            text += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
        }
        text += "\r\n" + (body ?? "")
        try send(fd, text)
        let data = readAll(fd, until: Date().addingTimeInterval(30))
        return try parse(data)
    }

    static func parse(_ data: [UInt8]) throws -> HTTPReply {
        guard let end = find([13, 10, 13, 10], in: data) else { throw HTTPFailure(description: "no complete reply: \(String(decoding: data, as: UTF8.self))") }
        let head = String(decoding: data[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw HTTPFailure(description: "bad status line \(head[0])") }
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(data[(end + 4)...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = dechunk(body)
        }
        return HTTPReply(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    static func find(_ needle: [UInt8], in data: [UInt8], from start: Int = 0) -> Int? {
        guard data.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= data.count {
            if Array(data[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    static func dechunk(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while let lineEnd = find([13, 10], in: data, from: index) {
            let sizeText = String(decoding: data[index..<lineEnd], as: UTF8.self).split(separator: ";")[0]
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = lineEnd + 2
            guard start + size <= data.count else { out += data[start...]; break }
            out += data[start..<start + size]
            index = start + size + 2
        }
        return out
    }
}

/// A browser's part: its cookies, the CSRF token of the last page, requests from one loopback address.
final class Browser: @unchecked Sendable {
    let port: Int
    let source: String
    var cookies: [String: String] = [:]
    var lastCSRF: String?

    init(port: Int, source: String = "127.0.0.1") {
        self.port = port
        self.source = source
    }

    private var cookieHeader: [(String, String)] {
        cookies.isEmpty ? [] : [("Cookie", cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))]
    }

    func get(_ path: String) async throws -> HTTPReply {
        try await perform("GET", path, body: nil, extraHeaders: [])
    }

    /// A form POST; `csrf: true` adds the last page's token.
    func post(_ path: String, _ fields: [(String, String)], csrf: Bool = true, origin: String? = nil) async throws -> HTTPReply {
        var all = fields
        if csrf, let token = lastCSRF { all.append(("csrf", token)) }
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try await perform("POST", path, body: body, extraHeaders: origin.map { [("Origin", $0)] } ?? [])
    }

    private func perform(_ method: String, _ path: String, body: String?, extraHeaders: [(String, String)]) async throws -> HTTPReply {
        let (port, source, headers) = (self.port, self.source, cookieHeader + extraHeaders)
        let reply = try await Self.offThread {
            try RawHTTP.request(port: port, source: source, method: method, path: path, headers: headers, body: body)
        }
        for cookie in reply.setCookies {
            let pair = cookie.split(separator: ";")[0]
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
            if value.isEmpty || cookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.csrf(in: reply.body) { lastCSRF = token }
        return reply
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Signs in (the login page first, for its token and cookie).
    @discardableResult
    func signIn(_ name: String, _ password: String) async throws -> HTTPReply {
        _ = try await get("/login")
        return try await post("/login", [("name", name), ("password", password)])
    }
}

/// A server-sent event stream read on its own thread until `predicate` holds for what came, or the deadline.
final class EventStreamReader: @unchecked Sendable {
    private let fd: Int32

    init(port: Int, path: String, cookies: [String: String]) throws {
        fd = try RawHTTP.connect(port: port, source: "127.0.0.1", timeout: 0.2)
        let cookie = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        try RawHTTP.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\nCookie: \(cookie)\r\n\r\n")
    }

    deinit { close(fd) }

    private var received: [UInt8] = []
    var text: String { String(decoding: received, as: UTF8.self) }

    /// Reads until `predicate(text so far)` or `timeout`; returns whether it held.
    func wait(timeout: Double, for predicate: @escaping @Sendable (String) -> Bool) async throws -> Bool {
        try await Browser.offThread { [self] in
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 16384)
            while Date() < deadline {
                if predicate(text) { return true }
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
                if n > 0 { received += buffer[0..<n] } else if n == 0 { break }
            }
            return predicate(text)
        }
    }
}
