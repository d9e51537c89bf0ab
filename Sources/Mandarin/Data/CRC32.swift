/// CRC-32 as zlib computes it (reflected polynomial 0xEDB88320), so the generator's
/// `zlib.crc32` and the reader agree. Slicing-by-8: eight table lookups per 8 bytes, a few
/// milliseconds for the reader's 5 MB at load.
func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    crc32Tables.withUnsafeBufferPointer { t in
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let lo = crc ^ UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            let hi = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self))
            crc = t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)]
                ^ t[5 * 256 + Int((lo >> 16) & 0xFF)] ^ t[4 * 256 + Int(lo >> 24)]
                ^ t[3 * 256 + Int(hi & 0xFF)] ^ t[2 * 256 + Int((hi >> 8) & 0xFF)]
                ^ t[1 * 256 + Int((hi >> 16) & 0xFF)] ^ t[Int(hi >> 24)]
            i += 8
        }
        while i < n {
            crc = t[Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ (crc >> 8)
            i += 1
        }
    }
    return ~crc
}

/// Table k gives the CRC of a byte followed by k zero bytes.
private let crc32Tables: [UInt32] = {
    var t = [UInt32](repeating: 0, count: 8 * 256)
    for b in 0..<256 {
        var c = UInt32(b)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        t[b] = c
    }
    for k in 1..<8 {
        for b in 0..<256 { t[k * 256 + b] = t[(k - 1) * 256 + b] >> 8 ^ t[Int(t[(k - 1) * 256 + b] & 0xFF)] }
    }
    return t
}()
