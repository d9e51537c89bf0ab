import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// HTTP/1.1 to a server on 127.0.0.1, one request a connection (`Connection: close`): what the
/// WebDriver client needs of HTTP. Plain sockets because FoundationNetworking's URLSession failed
/// every request to chromedriver here ("Failed writing header", swift-corelibs-foundation over
/// libcurl, Swift 6.3.1).
enum LoopbackHTTP {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func request(port: Int, method: String, path: String, body: Data?, timeout: TimeInterval = 60) throws -> (status: Int, body: Data) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket(): errno \(errno)") }
        defer { close(fd) }
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to 127.0.0.1:\(port): errno \(errno)") }

        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nAccept: application/json\r\n"
        if let body { head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n" }
        var out = Data((head + "\r\n").utf8)
        if let body { out.append(body) }
        try out.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw Failure(description: "send: errno \(errno)") }
                sent += n
            }
        }
        // Read to the end of the body: chromedriver says `Connection: close` but may keep the
        // socket open, so its Content-Length decides where the reply ends.
        var reply = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !isComplete(reply) {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n == 0 { break }
            guard n > 0 else { throw Failure(description: "recv from 127.0.0.1:\(port): errno \(errno)") }
            reply.append(contentsOf: buffer[0..<n])
        }
        guard let end = reply.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no HTTP header in the reply") }
        let header = String(decoding: reply[..<end.lowerBound], as: UTF8.self)
        let lines = header.components(separatedBy: "\r\n")
        guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { throw Failure(description: "bad status line: \(lines.first ?? "")") }
        var content = Data(reply[end.upperBound...])
        if lines.contains(where: { $0.lowercased().hasPrefix("transfer-encoding:") && $0.lowercased().contains("chunked") }) {
            content = try dechunked(content)
        }
        return (status, content)
    }

    /// Whether `reply` holds its whole header and a body of its Content-Length (without one, the
    /// reply ends when the server closes).
    private static func isComplete(_ reply: Data) -> Bool {
        guard let end = reply.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let header = String(decoding: reply[..<end.lowerBound], as: UTF8.self).lowercased()
        guard let line = header.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return false }
        return reply.count - end.upperBound >= length
    }

    private static func dechunked(_ data: Data) throws -> Data {
        var out = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";")[0]
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { throw Failure(description: "bad chunk size") }
            if size == 0 { break }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size else { throw Failure(description: "truncated chunk") }
            let stop = rest.index(start, offsetBy: size)
            out.append(rest[start..<stop])
            rest = rest[rest.index(stop, offsetBy: min(2, rest.distance(from: stop, to: rest.endIndex)))...]
        }
        return out
    }
}
