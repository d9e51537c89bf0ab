import Foundation

/// The word list (voices/mandarin/words.tsv: `word<TAB>frequency<TAB>readings-or-empty`), kept as the
/// file's bytes plus one offset per line. Lines are sorted by UTF-8 bytes, so all words sharing a
/// prefix form one contiguous range that a binary search finds: no parse of 150,000 entries at load.
struct WordTable: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int32]
    /// ln(sum of all frequencies): the denominator of each word's log-probability.
    let logTotal: Double
    /// The lines of each first character: the first narrowing step without a binary search.
    private let firstCharacter: [UInt32: Range<Int>]

    init() {
        bytes = []
        lineStarts = []
        logTotal = 0
        firstCharacter = [:]
    }

    init(bytes: [UInt8], file: String) throws {
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 16)
        var total = 0.0
        var lineNumber = 0
        var i = 0
        while i < bytes.count {
            lineNumber += 1
            let start = i
            var tabs = (0, 0), tabCount = 0
            while i < bytes.count && bytes[i] != 0x0A {
                if bytes[i] == 0x09 {
                    tabCount += 1
                    if tabCount == 1 { tabs.0 = i } else { tabs.1 = i }
                }
                i += 1
            }
            i += 1
            guard tabCount == 2, tabs.0 > start else {
                throw LexiconError(file: file, line: lineNumber, reason: "expected word<TAB>frequency<TAB>readings")
            }
            var freq = 0
            for j in tabs.0 + 1..<tabs.1 {
                let d = bytes[j] &- UInt8(ascii: "0")
                guard d < 10 else {
                    throw LexiconError(file: file, line: lineNumber, reason: "frequency must be a whole number")
                }
                freq = freq * 10 + Int(d)
            }
            total += Double(freq)
            starts.append(Int32(start))
        }
        self.bytes = bytes
        self.lineStarts = starts
        self.logTotal = log(max(total, 1))
        var first: [UInt32: Range<Int>] = [:]
        first.reserveCapacity(25_000)
        var line = 0
        while line < starts.count {
            let scalar = Self.firstScalar(bytes, Int(starts[line]))
            var end = line + 1
            while end < starts.count && Self.firstScalar(bytes, Int(starts[end])) == scalar { end += 1 }
            first[scalar] = line..<end
            line = end
        }
        firstCharacter = first
    }

    /// The scalar value encoded at `offset` (UTF-8, the file is validated only this far).
    private static func firstScalar(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        let b0 = UInt32(bytes[offset])
        let length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        var value = length == 1 ? b0 : b0 & (0xFF >> (length + 1))
        for k in 1..<length where offset + k < bytes.count {
            value = value << 6 | (UInt32(bytes[offset + k]) & 0x3F)
        }
        return value
    }

    /// The lines whose word starts with `scalar` (empty if none).
    func lines(startingWith scalar: Unicode.Scalar) -> Range<Int> {
        firstCharacter[scalar.value] ?? 0..<0
    }

    var count: Int { lineStarts.count }

    /// -1 if line's word sorts before `key` (and does not start with it), 0 if it starts with `key`, 1 after.
    @inline(__always)
    private static func compare(_ word: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        var p = word
        for k in key {
            let b = p.pointee
            if b == 0x09 { return -1 }  // the word is a proper prefix of key: sorts first
            if b != k { return b < k ? -1 : 1 }
            p += 1
        }
        return 0
    }

    /// The lines within `range` whose word starts with `key` (`range` must already share key's prefix
    /// minus its last character, or be the full range).
    func narrow(_ range: Range<Int>, to key: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        bytes.withUnsafeBufferPointer { b in
            lineStarts.withUnsafeBufferPointer { starts in
                let base = b.baseAddress!
                var lo = range.lowerBound, hi = range.upperBound
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if Self.compare(base + Int(starts[mid]), key) < 0 { lo = mid + 1 } else { hi = mid }
                }
                let first = lo
                hi = range.upperBound
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if Self.compare(base + Int(starts[mid]), key) <= 0 { lo = mid + 1 } else { hi = mid }
                }
                return first..<lo
            }
        }
    }

    /// Whether line `line` is exactly `keyLength` bytes of word (then it is the word itself).
    func isExact(line: Int, keyLength: Int) -> Bool {
        bytes[Int(lineStarts[line]) + keyLength] == 0x09
    }

    func frequency(line: Int) -> Int {
        var p = Int(lineStarts[line])
        while bytes[p] != 0x09 { p += 1 }
        p += 1
        var f = 0
        while bytes[p] != 0x09 { f = f * 10 + Int(bytes[p] - UInt8(ascii: "0")); p += 1 }
        return f
    }

    /// The word's own readings, or nil when the characters' readings are to be used.
    func readings(line: Int) -> [String]? {
        var p = Int(lineStarts[line])
        var tabs = 0
        while tabs < 2 { if bytes[p] == 0x09 { tabs += 1 }; p += 1 }
        var end = p
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if end == p { return nil }
        return bytes[p..<end].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
}
