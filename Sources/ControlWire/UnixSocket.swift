import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Thin helpers over the BSD socket calls for AF_UNIX stream sockets.
package enum UnixSocket {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
        package init(description: String) { self.description = description }
    }

    package static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// A `sockaddr_un` for `path`, or a failure when the path does not fit (108 bytes on Linux).
    package static func address(_ path: String) throws(Failure) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else {
            throw Failure(description: "socket path \(path) is \(bytes.count) bytes; Unix sockets allow at most \(capacity - 1)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }

    package static func connect(_ fd: Int32, to path: String) throws(Failure) -> Int32 {
        var address = try address(path)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return result == 0 ? 0 : errno
    }

    package static func bind(_ fd: Int32, to path: String) throws(Failure) {
        var address = try address(path)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else { throw Failure(description: "cannot bind \(path): \(errorText())") }
    }

    package static func stream(nonBlocking: Bool) throws(Failure) -> Int32 {
        let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | (nonBlocking ? Int32(SOCK_NONBLOCK.rawValue) : 0)
        let fd = socket(AF_UNIX, flags, 0)
        guard fd >= 0 else { throw Failure(description: "cannot create a socket: \(errorText())") }
        return fd
    }

    /// Whether a daemon answers at `path` (used to refuse a second daemon, and to clear a stale file).
    package static func isLive(_ path: String) -> Bool {
        guard let fd = try? stream(nonBlocking: false) else { return false }
        defer { close(fd) }
        return (try? connect(fd, to: path)) == 0
    }
}
