import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One of the reader's generated binary files (voices/mandarin/*.bin, layout in
/// tools/lexicon/binfile.py), mapped read-only so its tables are searched in place: the pages a
/// lookup touches are shared with the page cache and dropped under memory pressure, instead of
/// megabytes of private heap. Everything read from the header is checked here, and the whole file
/// against its CRC-32, so a truncated or damaged file is a `LexiconError`, never a crash.
///
/// The mapping is private, but a file truncated *in place* while mapped would still fault: install
/// new data by renaming over the old file (the generator and `install` do), never by writing into it.
final class MappedFile: @unchecked Sendable {  // immutable after init; the memory is read-only
    static let formatVersion: UInt32 = 1
    let path: String
    let size: Int
    private let base: UnsafeRawPointer
    private let sections: [String: Range<Int>]

    init(_ url: URL, magic: String) throws {
        let path = url.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw LexiconError(file: path, reason: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw LexiconError(file: path, reason: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        let size = Int(info.st_size)
        guard size >= Header.fixedSize else { throw Self.damaged(path, "only \(size) bytes, too short for a header") }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw LexiconError(file: path, reason: "cannot map the file: \(String(cString: strerror(errno)))")
        }
        let bytes = UnsafeRawBufferPointer(start: mapped, count: size)
        do {
            sections = try Header.sections(of: bytes, magic: magic, path: path)
        } catch {
            munmap(mapped, size)
            throw error
        }
        // Lookups jump around: no read-ahead (and no mapping of neighbouring pages) on a fault.
        madvise(mapped, size, MADV_RANDOM)
        self.path = path
        self.size = size
        self.base = UnsafeRawPointer(mapped)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

    /// Drops the pages from this process's resident set (they stay in the page cache, and come back
    /// on the next touch): called once the CRC and the tables' checks have read the whole file, so
    /// that only what lookups touch stays resident.
    func releasePages() {
        madvise(UnsafeMutableRawPointer(mutating: base), size, MADV_DONTNEED)
    }

    /// The section `tag` as an array of `T` (optionally of exactly `count` elements).
    func array<T>(_ tag: String, of type: T.Type, count: Int? = nil) throws -> UnsafeBufferPointer<T> {
        guard let range = sections[tag] else { throw Self.damaged(path, "section \(tag) is missing") }
        guard range.count % MemoryLayout<T>.stride == 0, Int(bitPattern: base + range.lowerBound) % MemoryLayout<T>.alignment == 0 else {
            throw Self.damaged(path, "section \(tag) is not an array of \(T.self)")
        }
        let n = range.count / MemoryLayout<T>.stride
        if let count, n != count { throw Self.damaged(path, "section \(tag) has \(n) entries, expected \(count)") }
        return UnsafeBufferPointer(start: (base + range.lowerBound).assumingMemoryBound(to: T.self), count: n)
    }

    /// Strings stored as `<tag>O` (offsets, n + 1) and `<tag>B` (ASCII bytes), e.g. SYLO/SYLB.
    func strings(_ tag: String) throws -> [String] {
        let offsets = try array(tag + "O", of: UInt32.self), bytes = try array(tag + "B", of: UInt8.self)
        guard let first = offsets.first, first == 0, offsets.last.map({ Int($0) == bytes.count }) == true else {
            throw Self.damaged(path, "the string table \(tag) does not fit its bytes")
        }
        var out: [String] = []
        out.reserveCapacity(offsets.count - 1)
        for i in 1..<offsets.count {
            let lo = Int(offsets[i - 1]), hi = Int(offsets[i])
            guard lo <= hi, hi <= bytes.count else { throw Self.damaged(path, "the string table \(tag) is out of order") }
            out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self))
        }
        return out
    }

    /// The error for a file that is not what the generator wrote; tells staff how to get a good one.
    static func damaged(_ path: String, _ what: String) -> LexiconError {
        LexiconError(file: path, reason: "damaged or not a dalaba data file (\(what)); "
            + "reinstall voices/mandarin/ or regenerate it with tools/lexicon/generate.py")
    }
}

/// The container header: magic, version, section count, CRC-32, size, then (tag, offset, length) rows.
private enum Header {
    static let fixedSize = 24

    static func sections(of bytes: UnsafeRawBufferPointer, magic: String, path: String) throws -> [String: Range<Int>] {
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        guard bytes.prefix(8).elementsEqual(Array(magic.utf8).prefix(8) + Array(repeating: 0, count: max(0, 8 - magic.utf8.count))) else {
            throw MappedFile.damaged(path, "it does not start with \(magic)")
        }
        guard 1.littleEndian == 1 else {
            throw LexiconError(file: path, reason: "this build reads only little-endian data and runs on a big-endian machine")
        }
        guard u32(8) == MappedFile.formatVersion else {
            throw MappedFile.damaged(path, "format version \(u32(8)), this dalaba reads version \(MappedFile.formatVersion)")
        }
        guard u32(20) == bytes.count else {
            throw MappedFile.damaged(path, "\(bytes.count) bytes where its header says \(u32(20)): truncated or appended to")
        }
        let count = u32(12)
        guard count <= 64, fixedSize + 12 * count <= bytes.count else { throw MappedFile.damaged(path, "bad section table") }
        guard crc32(UnsafeRawBufferPointer(rebasing: bytes[fixedSize...])) == UInt32(u32(16)) else {
            throw MappedFile.damaged(path, "CRC-32 mismatch")
        }
        var sections: [String: Range<Int>] = [:]
        for i in 0..<count {
            let row = fixedSize + 12 * i
            let tag = String(decoding: bytes[row..<row + 4].prefix(while: { $0 != 0 }), as: UTF8.self)
            let offset = u32(row + 4), length = u32(row + 8)
            guard offset >= fixedSize + 12 * count, offset <= bytes.count, length <= bytes.count - offset else {
                throw MappedFile.damaged(path, "section \(tag) lies outside the file")
            }
            sections[tag] = offset..<offset + length
        }
        return sections
    }
}
