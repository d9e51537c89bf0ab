import Foundation

/// Every character's readings, the default first, searched in place in voices/mandarin/lexicon.bin.
/// A character's rank (its position among the 41,647 characters in code point order) comes from a
/// block table and a 256-bit map per block of code points: O(1), about 40 KB for the whole index.
/// The rank gives the character's slot, its position by usage: the per-character data is laid out
/// by slot, so common text touches a few pages at the front of each table instead of all of them.
/// Readings are syllable ids (UInt16) into `syllables`, the ~1,700 distinct tone-numbered syllables.
struct CharacterTable: @unchecked Sendable {  // read-only views of a MappedFile that it keeps alive
    let syllables: [String]
    private let syllableIDs: [String: UInt16]
    private let file: MappedFile
    private let page: UnsafeBufferPointer<UInt16>
    private let bits: UnsafeBufferPointer<UInt32>
    private let blockBase: UnsafeBufferPointer<UInt32>
    /// Per rank: the slot (position by usage) that indexes the arrays below and the word groups.
    private let slotOfRank: UnsafeBufferPointer<UInt16>
    /// Per slot: first index into `readingIDs` << 8 | count.
    private let readingIndex: UnsafeBufferPointer<UInt32>
    private let readingIDs: UnsafeBufferPointer<UInt16>
    static let blocks = 0x40000 >> 8

    /// Reads and checks the character sections of `file` (every index is validated here, so the
    /// lookups below need no checks of their own).
    init(file: MappedFile) throws {
        self.file = file
        syllables = try file.strings("SYL")
        guard syllables.count <= Int(UInt16.max), syllables.allSatisfy({ Syllable.tone($0) != nil }) else {
            throw MappedFile.damaged(file.path, "the syllable table holds something that is not a syllable")
        }
        syllableIDs = Dictionary(syllables.enumerated().map { ($1, UInt16($0)) }, uniquingKeysWith: { a, _ in a })
        page = try file.array("PAGE", of: UInt16.self, count: Self.blocks)
        blockBase = try file.array("BASE", of: UInt32.self)
        bits = try file.array("BITS", of: UInt32.self, count: 8 * blockBase.count)
        readingIDs = try file.array("RDGS", of: UInt16.self)
        // Each used block's base must be the previous one's plus its population: then every rank
        // computed from them is below the total, the length of the per-rank arrays.
        var rank = 0
        for b in 0..<blockBase.count {
            guard Int(blockBase[b]) == rank else { throw MappedFile.damaged(file.path, "block \(b) has a wrong base") }
            for w in 0..<8 { rank += bits[8 * b + w].nonzeroBitCount }
        }
        let blockCount = blockBase.count
        guard page.allSatisfy({ $0 == 0xFFFF || Int($0) < blockCount }) else {
            throw MappedFile.damaged(file.path, "the block table points past the blocks")
        }
        slotOfRank = try file.array("CORD", of: UInt16.self, count: rank)
        let characterCount = rank
        guard slotOfRank.allSatisfy({ Int($0) < characterCount }) else {
            throw MappedFile.damaged(file.path, "a character's slot lies past the characters")
        }
        readingIndex = try file.array("CRDG", of: UInt32.self, count: rank)
        for packed in readingIndex {
            let start = Int(packed >> 8), count = Int(packed & 0xFF)
            guard count > 0, start + count <= readingIDs.count else {
                throw MappedFile.damaged(file.path, "a character's readings lie outside RDGS")
            }
        }
        let syllableCount = syllables.count
        guard readingIDs.allSatisfy({ Int($0) < syllableCount }) else {
            throw MappedFile.damaged(file.path, "a reading names no syllable")
        }
    }

    /// Number of characters (the length of every per-slot array).
    var count: Int { readingIndex.count }

    /// The character's slot (what per-character tables are indexed by), or nil if it has no reading.
    @inline(__always)
    func slot(_ scalar: Unicode.Scalar) -> Int? {
        let v = Int(scalar.value)
        guard v < Self.blocks << 8 else { return nil }
        let block = page[v >> 8]
        guard block != 0xFFFF else { return nil }
        let low = v & 0xFF, words = 8 * Int(block)
        let word = bits[words + low >> 5], bit = UInt32(1) << UInt32(low & 31)
        guard word & bit != 0 else { return nil }
        var r = Int(blockBase[Int(block)]) + (word & (bit &- 1)).nonzeroBitCount
        for w in 0..<(low >> 5) { r += bits[words + w].nonzeroBitCount }
        return Int(slotOfRank[r])
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool { slot(scalar) != nil }

    /// All readings (syllable ids), the default first; empty for a character with no known reading.
    func readings(_ scalar: Unicode.Scalar) -> UnsafeBufferPointer<UInt16> {
        guard let r = slot(scalar) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return readings(slot: r)
    }

    /// The readings of the character in `slot` (which must be below `count`).
    func readings(slot: Int) -> UnsafeBufferPointer<UInt16> {
        let packed = readingIndex[slot], start = Int(packed >> 8)
        return UnsafeBufferPointer(rebasing: readingIDs[start..<start + Int(packed & 0xFF)])
    }

    func defaultReading(_ scalar: Unicode.Scalar) -> String? {
        readings(scalar).first.map { syllables[Int($0)] }
    }

    func hasReading(_ scalar: Unicode.Scalar, _ syllable: String) -> Bool {
        guard let id = syllableIDs[syllable] else { return false }
        return readings(scalar).contains(id)
    }
}
