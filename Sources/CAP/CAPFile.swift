// Reading a CAP file from disk without trusting its size: at most the limit plus one byte is
// read, so a 50 MB file costs 1 MB of reading and is refused as too big.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum CAPFile {
    /// The file's alert, or why it is refused.
    public static func read(path: String, limits: XMLLimits = XMLLimits()) throws(CAPRejection) -> CAPAlert {
        try CAPParser.parse(try bytes(path: path, limit: limits.maxBytes), limits: limits)
    }

    /// Up to `limit` bytes of the file; more than that is `tooBig` (reading stops at limit + 1).
    public static func bytes(path: String, limit: Int) throws(CAPRejection) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        // A symbolic link is not followed (it could name any file the daemon may read).
        if fd < 0, errno == ELOOP { throw CAPRejection(.notAFile) }
        guard fd >= 0 else { throw CAPRejection(.unreadable, ["reason": String(cString: strerror(errno))]) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw CAPRejection(.unreadable, ["reason": String(cString: strerror(errno))]) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw CAPRejection(.notAFile) }
        if Int(status.st_size) > limit { throw CAPRejection(.tooBig, ["limit": limit]) }
        var buffer = [UInt8](repeating: 0, count: limit + 1)
        var filled = 0
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw CAPRejection(.unreadable, ["reason": String(cString: strerror(errno))])
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { throw CAPRejection(.tooBig, ["limit": limit]) }
        return Array(buffer[..<filled])
    }
}

/// read(2), named apart from CAPFile.read.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
