import Foundation

/// Every character's readings, the default first (voices/mandarin/chars.tsv: `字<TAB>r1 r2 …`).
/// Syllables are interned so that 42,000 characters cost one small integer per reading.
struct CharacterTable: Sendable {
    private(set) var syllables: [String] = []
    private var syllableIDs: [String: UInt16] = [:]
    /// scalar → (first index into `readingIDs` << 8) | count
    private var index: [UInt32: UInt32] = [:]
    private var readingIDs: [UInt16] = []

    init() {}

    init(bytes: [UInt8], file: String) throws {
        index.reserveCapacity(45_000)
        readingIDs.reserveCapacity(60_000)
        try forEachLine(bytes) { lineNumber, line in
            if line.isEmpty { return }
            guard let tab = line.firstIndex(of: 0x09) else {
                throw LexiconError(file: file, line: lineNumber, reason: "expected 字<TAB>readings")
            }
            let key = String(decoding: line[line.startIndex..<tab], as: UTF8.self).unicodeScalars
            guard key.count == 1, let scalar = key.first else {
                throw LexiconError(file: file, line: lineNumber, reason: "the key must be one character")
            }
            let start = readingIDs.count
            for word in line[(tab + 1)...].split(separator: 0x20) {
                readingIDs.append(intern(String(decoding: word, as: UTF8.self)))
            }
            let count = readingIDs.count - start
            guard count > 0, count < 256 else {
                throw LexiconError(file: file, line: lineNumber, reason: "expected 1 to 255 readings")
            }
            index[scalar.value] = UInt32(start) << 8 | UInt32(count)
        }
    }

    mutating func intern(_ syllable: String) -> UInt16 {
        if let id = syllableIDs[syllable] { return id }
        let id = UInt16(syllables.count)
        syllables.append(syllable)
        syllableIDs[syllable] = id
        return id
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool { index[scalar.value] != nil }

    /// All readings, the default first; empty for a character with no known reading.
    func readings(_ scalar: Unicode.Scalar) -> ArraySlice<UInt16> {
        guard let packed = index[scalar.value] else { return [] }
        let start = Int(packed >> 8)
        return readingIDs[start..<start + Int(packed & 0xFF)]
    }

    func defaultReading(_ scalar: Unicode.Scalar) -> String? {
        readings(scalar).first.map { syllables[Int($0)] }
    }

    func hasReading(_ scalar: Unicode.Scalar, _ syllable: String) -> Bool {
        guard let id = syllableIDs[syllable] else { return false }
        return readings(scalar).contains(id)
    }
}

/// Calls `body` with each line's 1-based number and bytes (without CR/LF).
func forEachLine(_ bytes: [UInt8], _ body: (Int, ArraySlice<UInt8>) throws -> Void) rethrows {
    var start = 0
    var number = 0
    while start < bytes.count {
        number += 1
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var stop = end
        if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
        try body(number, bytes[start..<stop])
        start = end + 1
    }
}
