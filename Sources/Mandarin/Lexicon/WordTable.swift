import Foundation

/// The word list (jieba frequencies, and a word's own reading where it tells something), searched in
/// place in voices/mandarin/lexicon.bin. Words are grouped by first character (found through the
/// character's slot; groups are laid out most used first); within a group, records are sorted by
/// the slots of the word's other characters, so all words sharing a prefix form one contiguous
/// range that a binary search finds. Words are spelled in slots (`CharacterTable.slot`), 2 bytes
/// a character, and a reading is mostly one byte a character: its index in the character's readings.
/// A record: u8 (rest length | 0x80 if it has readings), u16 slots of the rest, LEB128 frequency,
/// then per character a reading index, or 0xFF and a u16 syllable id.
struct WordTable: @unchecked Sendable {  // read-only views of a MappedFile that it keeps alive
    /// Records of one group that start with some prefix; `base` is the group's offset in `records`.
    struct Lines {
        var base: Int
        var range: Range<Int>
        var isEmpty: Bool { range.isEmpty }
        static let none = Lines(base: 0, range: 0..<0)
    }

    /// A slot that no character has: stands for a character without readings, matches no word.
    static let noSlot: UInt16 = 0xFFFF

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
        var firstSlot = [Int](repeating: -1, count: groups)
        for (slot, g) in groupOfSlot.enumerated() where g > 0 {
            guard Int(g) <= groups, firstSlot[Int(g) - 1] < 0 else {
                throw MappedFile.damaged(file.path, "a character points past the word groups, or two share one")
            }
            firstSlot[Int(g) - 1] = slot
        }
        guard groupFirst.first == 0, Int(groupFirst[groups]) == recordOffsets.count else {
            throw MappedFile.damaged(file.path, "the word groups do not cover the records")
        }
        var total = 0.0
        for g in 0..<groups {
            guard groupFirst[g] <= groupFirst[g + 1], Int(groupFirst[g + 1]) <= recordOffsets.count,
                  Int(groupBytes[g]) <= records.count, firstSlot[g] >= 0 else {
                throw MappedFile.damaged(file.path, "word group \(g) is out of place")
            }
            for k in Int(groupFirst[g])..<Int(groupFirst[g + 1]) {
                guard let frequency = Self.check(records, at: Int(groupBytes[g]) + Int(recordOffsets[k]),
                                                 firstSlot: firstSlot[g], characters) else {
                    throw MappedFile.damaged(file.path, "word record \(k) is cut off or names no character or reading")
                }
                total += Double(frequency)
            }
        }
        logTotal = log(max(total, 1))
    }

    /// The record's frequency if the whole record lies inside `bytes`, its slots name characters
    /// and its readings name one of the character's readings or a syllable.
    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, firstSlot: Int,
                              _ characters: CharacterTable) -> Int? {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        guard offset < bytes.count else { return nil }
        let head = bytes[offset], n = Int(head & 0x7F)
        var p = offset + 1 + 2 * n
        guard p <= bytes.count else { return nil }
        for i in 0..<n where u16(offset + 1 + 2 * i) >= characters.count { return nil }
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
            for i in 0...n {
                guard p < bytes.count else { return nil }
                let slot = i == 0 ? firstSlot : u16(offset + 1 + 2 * (i - 1))
                if bytes[p] == 0xFF {
                    guard p + 3 <= bytes.count, u16(p + 1) < characters.syllables.count else { return nil }
                    p += 3
                } else {
                    guard Int(bytes[p]) < characters.readings(slot: slot).count else { return nil }
                    p += 1
                }
            }
        }
        return frequency
    }

    /// The words that start with the character in `slot` (none if none, or `noSlot`).
    func lines(startingWith slot: UInt16) -> Lines {
        guard Int(slot) < groupOfSlot.count else { return .none }
        let g = Int(groupOfSlot[Int(slot)])
        guard g > 0 else { return .none }
        return Lines(base: Int(groupBytes[g - 1]), range: Int(groupFirst[g - 1])..<Int(groupFirst[g]))
    }

    @inline(__always)
    private func slot(_ at: Int) -> UInt16 { UInt16(records[at]) | UInt16(records[at + 1]) << 8 }

    /// -1 if the word's rest sorts before `key` (and does not start with it), 0 if it starts with `key`, 1 after.
    @inline(__always)
    private func compare(_ word: Int, _ key: UnsafeBufferPointer<UInt16>) -> Int {
        let length = Int(records[word] & 0x7F)
        for (i, k) in key.enumerated() {
            if i == length { return -1 }  // the word is a proper prefix of key: sorts first
            let s = slot(word + 1 + 2 * i)
            if s != k { return s < k ? -1 : 1 }
        }
        return 0
    }

    /// The word at the start of `lines` (an offset into the records: what the other accessors take).
    func firstWord(_ lines: Lines) -> Int { lines.base + Int(recordOffsets[lines.range.lowerBound]) }

    /// The lines within `lines` whose rest (the slots after the first character's) starts with
    /// `key`; `lines` must already share key's prefix minus its last slot, or be a whole group.
    func narrow(_ lines: Lines, to key: UnsafeBufferPointer<UInt16>) -> Lines {
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

    /// Whether `word`'s rest is exactly `restLength` characters (then, within narrowed lines, it is the key).
    func isExact(word: Int, restLength: Int) -> Bool { Int(records[word] & 0x7F) == restLength }

    func frequency(word: Int) -> Int {
        var p = word + 1 + 2 * Int(records[word] & 0x7F)
        var f = 0, shift = 0
        while true {
            let b = records[p]
            f |= Int(b & 0x7F) << shift
            p += 1
            shift += 7
            if b < 0x80 { return f }
        }
    }

    /// The word's own readings, or nil when the characters' readings are to be used; `firstSlot`
    /// is its first character's (the record does not repeat it).
    func readings(word: Int, firstSlot: UInt16) -> [String]? {
        let head = records[word]
        guard head & 0x80 != 0 else { return nil }
        let n = Int(head & 0x7F)
        var p = word + 1 + 2 * n
        while records[p] >= 0x80 { p += 1 }
        p += 1
        var out: [String] = []
        out.reserveCapacity(n + 1)
        for i in 0...n {
            if records[p] == 0xFF {
                out.append(characters.syllables[Int(slot(p + 1))])
                p += 3
            } else {
                let s = i == 0 ? firstSlot : slot(word + 1 + 2 * (i - 1))
                out.append(characters.syllables[Int(characters.readings(slot: Int(s))[Int(records[p])])])
                p += 1
            }
        }
        return out
    }
}
