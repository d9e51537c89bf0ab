import Foundation

/// The word list (jieba frequencies, and a word's own reading where it tells something), searched in
/// place in voices/mandarin/lexicon.bin. Words are grouped by first character (found through the
/// character's slot; groups are laid out most used first); within a group, records are sorted by the UTF-8 bytes of the word after its
/// first character, so all words sharing a prefix form one contiguous range that a binary search finds.
/// A record: u8 (rest length | 0x80 if it has readings), the rest, LEB128 frequency, u16 syllable ids.
struct WordTable: @unchecked Sendable {  // read-only views of a MappedFile that it keeps alive
    /// Records of one group that start with some prefix; `base` is the group's offset in `records`.
    struct Lines {
        var base: Int
        var range: Range<Int>
        var isEmpty: Bool { range.isEmpty }
        static let none = Lines(base: 0, range: 0..<0)
    }

    private let characters: CharacterTable
    private let groupOfSlot: UnsafeBufferPointer<UInt16>
    private let groupFirst: UnsafeBufferPointer<UInt32>
    private let groupBytes: UnsafeBufferPointer<UInt32>
    private let recordOffsets: UnsafeBufferPointer<UInt16>
    private let records: UnsafeBufferPointer<UInt8>
    /// ln(sum of all frequencies): the denominator of each word's log-probability.
    let logTotal: Double

    /// Reads and checks every record of `file` once (a few milliseconds), so lookups need no checks.
    init(file: MappedFile, characters: CharacterTable) throws {
        self.characters = characters
        groupOfSlot = try file.array("CGRP", of: UInt16.self, count: characters.count)
        groupBytes = try file.array("GBYT", of: UInt32.self)
        groupFirst = try file.array("GREC", of: UInt32.self, count: groupBytes.count + 1)
        recordOffsets = try file.array("ROFF", of: UInt16.self)
        records = try file.array("RECS", of: UInt8.self)
        let groups = groupBytes.count
        guard groupOfSlot.allSatisfy({ Int($0) <= groups }) else {
            throw MappedFile.damaged(file.path, "a character points past the word groups")
        }
        guard groupFirst.first == 0, Int(groupFirst[groups]) == recordOffsets.count else {
            throw MappedFile.damaged(file.path, "the word groups do not cover the records")
        }
        var total = 0.0
        for g in 0..<groups {
            guard groupFirst[g] <= groupFirst[g + 1], Int(groupBytes[g]) <= records.count else {
                throw MappedFile.damaged(file.path, "word group \(g) is out of place")
            }
            for k in Int(groupFirst[g])..<Int(groupFirst[g + 1]) {
                guard let frequency = Self.check(records, at: Int(groupBytes[g]) + Int(recordOffsets[k]),
                                                 syllables: characters.syllables.count) else {
                    throw MappedFile.damaged(file.path, "word record \(k) is cut off or names no syllable")
                }
                total += Double(frequency)
            }
        }
        logTotal = log(max(total, 1))
    }

    /// The record's frequency if the whole record lies inside `bytes` and its ids name syllables.
    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, syllables: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        let head = bytes[offset], restLength = Int(head & 0x7F)
        var p = offset + 1 + restLength
        guard p <= bytes.count else { return nil }
        var frequency = 0, shift = 0
        while true {
            guard p < bytes.count, shift < 35 else { return nil }
            let b = bytes[p]
            frequency |= Int(b & 0x7F) << shift
            p += 1
            shift += 7
            if b < 0x80 { break }
        }
        if head & 0x80 != 0 {
            let n = 1 + scalarCount(bytes, offset + 1..<offset + 1 + restLength)
            guard p + 2 * n <= bytes.count else { return nil }
            for i in 0..<n where Int(UInt16(bytes[p + 2 * i]) | UInt16(bytes[p + 2 * i + 1]) << 8) >= syllables {
                return nil
            }
        }
        return frequency
    }

    /// UTF-8 scalars in `range`: the bytes that are not continuation bytes.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The words that start with `scalar` (none if none).
    func lines(startingWith scalar: Unicode.Scalar) -> Lines {
        guard let r = characters.slot(scalar) else { return .none }
        let g = Int(groupOfSlot[r])
        guard g > 0 else { return .none }
        return Lines(base: Int(groupBytes[g - 1]), range: Int(groupFirst[g - 1])..<Int(groupFirst[g]))
    }

    /// -1 if the word's rest sorts before `key` (and does not start with it), 0 if it starts with `key`, 1 after.
    @inline(__always)
    private func compare(_ word: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let length = Int(records[word] & 0x7F)
        for (i, k) in key.enumerated() {
            if i == length { return -1 }  // the word is a proper prefix of key: sorts first
            let b = records[word + 1 + i]
            if b != k { return b < k ? -1 : 1 }
        }
        return 0
    }

    /// The word at the start of `lines` (an offset into the records: what the other accessors take).
    func firstWord(_ lines: Lines) -> Int { lines.base + Int(recordOffsets[lines.range.lowerBound]) }

    /// The lines within `lines` whose rest (the word after its first character) starts with `key`;
    /// `lines` must already share key's prefix minus its last character, or be a whole group.
    func narrow(_ lines: Lines, to key: UnsafeBufferPointer<UInt8>) -> Lines {
        var lo = lines.range.lowerBound, hi = lines.range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if compare(lines.base + Int(recordOffsets[mid]), key) < 0 { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        hi = lines.range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if compare(lines.base + Int(recordOffsets[mid]), key) <= 0 { lo = mid + 1 } else { hi = mid }
        }
        return Lines(base: lines.base, range: first..<lo)
    }

    /// Whether `word`'s rest is exactly `restLength` bytes (then, within narrowed lines, it is the key).
    func isExact(word: Int, restLength: Int) -> Bool { Int(records[word] & 0x7F) == restLength }

    func frequency(word: Int) -> Int {
        var p = word + 1 + Int(records[word] & 0x7F)
        var f = 0, shift = 0
        while true {
            let b = records[p]
            f |= Int(b & 0x7F) << shift
            p += 1
            shift += 7
            if b < 0x80 { return f }
        }
    }

    /// The word's own readings, or nil when the characters' readings are to be used.
    func readings(word: Int) -> [String]? {
        let head = records[word]
        guard head & 0x80 != 0 else { return nil }
        let restLength = Int(head & 0x7F)
        let n = 1 + Self.scalarCount(records, word + 1..<word + 1 + restLength)
        var p = word + 1 + restLength
        while records[p] >= 0x80 { p += 1 }
        p += 1
        return (0..<n).map { i in
            characters.syllables[Int(UInt16(records[p + 2 * i]) | UInt16(records[p + 2 * i + 1]) << 8)]
        }
    }
}
