import Foundation
import XCTest
@testable import Mandarin

/// The generated binary files are mapped and searched in place: a missing, truncated, damaged or
/// mismatched file must be a `LexiconError` naming it, and no bytes of a file may crash the reader.
final class DataFileTests: XCTestCase {
    /// A voices directory with copies of the committed mandarin/ files, `edit` applied to `name`.
    private func voices(editing name: String, _ edit: (inout [UInt8]) -> Void) throws -> (dir: URL, file: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-data-\(UUID().uuidString)")
        let mandarin = dir.appendingPathComponent("mandarin")
        try FileManager.default.createDirectory(at: mandarin, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        for file in try FileManager.default.contentsOfDirectory(atPath: voicesDirectory.appendingPathComponent("mandarin").path) {
            var bytes = [UInt8](try Data(contentsOf: voicesDirectory.appendingPathComponent("mandarin/\(file)")))
            if file == name { edit(&bytes) }
            try Data(bytes).write(to: mandarin.appendingPathComponent(file))
        }
        return (dir, mandarin.appendingPathComponent(name).path)
    }

    /// Loads a reader from `dir`; the error it throws (nil if it loads, after reading some text).
    private func loadError(_ dir: URL) -> LexiconError? {
        do {
            let reader = try MandarinReader(voicesDirectory: dir)
            _ = reader.reading(of: "各位村民请注意，银行的行长今天下午三点在村委会开会。")
            _ = reader.perCharacter("他长大了，这条路很长")
            return nil
        } catch let error as LexiconError {
            return error
        } catch {
            XCTFail("not a LexiconError: \(error)")
            return nil
        }
    }

    /// Rewrites the header's CRC so that the structural checks, not the checksum, must catch `bytes`.
    private static func resealed(_ bytes: inout [UInt8]) {
        let crc = bytes.withUnsafeBytes { crc32(UnsafeRawBufferPointer(rebasing: $0[24...])) }
        for k in 0..<4 { bytes[16 + k] = UInt8(truncatingIfNeeded: crc >> (8 * k)) }
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
    }

    private static func setU32(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
        for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
    }

    /// Offset and length of a section, from the header.
    private static func section(_ bytes: [UInt8], _ tag: String) -> (offset: Int, length: Int)? {
        for i in 0..<u32(bytes, 12) {
            let row = 24 + 12 * i
            if bytes[row..<row + 4].elementsEqual(Array(tag.utf8) + Array(repeating: 0, count: 4 - tag.utf8.count)) {
                return (u32(bytes, row + 4), u32(bytes, row + 8))
            }
        }
        return nil
    }

    func testCRC32IsZlibs() {
        let check = Array("123456789".utf8).withUnsafeBytes { crc32($0) }
        XCTAssertEqual(check, 0xCBF4_3926)
        XCTAssertEqual(Array(repeating: UInt8(0xAB), count: 21).withUnsafeBytes { crc32($0) }, 0x55EA_E0D2)
    }

    func testCommittedFilesLoad() throws {
        XCTAssertNil(loadError(try voices(editing: "none") { _ in }.dir))
    }

    func testTruncatedFilesAreNamed() throws {
        for name in ["lexicon.bin", "g2pm.bin"] {
            for keep in [0, 10, 30, 4096, -1] {
                let (dir, path) = try voices(editing: name) { $0.removeLast(keep < 0 ? 1 : max(0, $0.count - keep)) }
                let error = try XCTUnwrap(loadError(dir), "\(name) cut to \(keep) bytes")
                XCTAssertEqual(error.file, path)
                XCTAssertTrue(error.reason.contains("regenerate"), error.description)
            }
        }
    }

    func testOneFlippedByteFailsTheChecksum() throws {
        for name in ["lexicon.bin", "g2pm.bin"] {
            let (dir, path) = try voices(editing: name) { $0[$0.count / 2] ^= 0x40 }
            let error = try XCTUnwrap(loadError(dir))
            XCTAssertEqual(error.file, path)
            XCTAssertTrue(error.reason.contains("CRC-32 mismatch"), error.description)
        }
    }

    func testSwappedFilesAreRefusedByTheirMagic() throws {
        let model = try Data(contentsOf: voicesDirectory.appendingPathComponent("mandarin/g2pm.bin"))
        let (dir, path) = try voices(editing: "lexicon.bin") { $0 = [UInt8](model) }
        let error = try XCTUnwrap(loadError(dir))
        XCTAssertEqual(error.file, path)
        XCTAssertTrue(error.reason.contains("does not start with DLBLEX1"), error.description)
    }

    func testNewerFormatVersionIsNamed() throws {
        let (dir, _) = try voices(editing: "g2pm.bin") { Self.setU32(&$0, 8, 2) }
        XCTAssertTrue(try XCTUnwrap(loadError(dir)).reason.contains("format version 2"))
    }

    /// With a valid checksum, the structure itself is checked: a section past the end, a record
    /// group past the records, a reading that names no syllable, a vocabulary index past the model's.
    func testStructuralDamageBehindAValidChecksum() throws {
        let cases: [(String, String, (inout [UInt8]) -> Void)] = [
            ("lexicon.bin", "lies outside the file", { b in
                let row = 24  // the first section's row: point it past the end
                Self.setU32(&b, row + 4, b.count - 8)
                Self.setU32(&b, row + 8, 64)
            }),
            ("lexicon.bin", "word group", { b in
                let gbyt = Self.section(b, "GBYT")!
                Self.setU32(&b, gbyt.offset + gbyt.length - 4, 0xFFFF_FFF0)
            }),
            ("lexicon.bin", "names no syllable", { b in
                let rdgs = Self.section(b, "RDGS")!
                b[rdgs.offset] = 0xFF; b[rdgs.offset + 1] = 0xFF
            }),
            ("lexicon.bin", "readings lie outside", { b in
                let crdg = Self.section(b, "CRDG")!
                Self.setU32(&b, crdg.offset + 4, 0x7FFF_FF05)
            }),
            ("g2pm.bin", "vocabulary", { b in
                let voci = Self.section(b, "VOCI")!
                b[voci.offset] = 0xFF; b[voci.offset + 1] = 0xFF
            }),
            ("g2pm.bin", "section PROJ has", { b in
                let dims = Self.section(b, "DIMS")!
                Self.setU32(&b, dims.offset, Self.u32(b, dims.offset) + 1)
            }),
        ]
        for (name, expected, edit) in cases {
            let (dir, path) = try voices(editing: name) { edit(&$0); Self.resealed(&$0) }
            let error = try XCTUnwrap(loadError(dir), expected)
            XCTAssertEqual(error.file, path)
            XCTAssertTrue(error.reason.contains(expected), "\(expected): \(error.description)")
        }
    }

    /// Random bytes of the index sections, resealed: the reader either refuses the file by name or
    /// loads and reads text; it never crashes. (The seed is fixed so a failure reproduces.)
    func testRandomDamageNeverCrashes() throws {
        var rng = SeededGenerator(state: 0x5EED)
        let targets = ["PAGE", "BITS", "BASE", "CORD", "CRDG", "RDGS", "CGRP", "GREC", "GBYT", "ROFF", "RECS", "SYLO", "SYLB"]
            .map { ("lexicon.bin", $0) }
            + ["DIMS", "VOCS", "VOCI", "POLY", "CLSO", "CLSB"].map { ("g2pm.bin", $0) }
        var refused = 0
        let rounds = Int(ProcessInfo.processInfo.environment["DALABA_DAMAGE_ROUNDS"] ?? "") ?? 4 * targets.count
        for round in 0..<rounds {
            let (name, tag) = targets[round % targets.count]
            let (dir, path) = try voices(editing: name) { b in
                guard let s = Self.section(b, tag), s.length > 0 else { return XCTFail("no section \(tag)") }
                for _ in 0..<1 + round % 4 {
                    b[s.offset + Int(rng.next() % UInt64(s.length))] = UInt8(truncatingIfNeeded: rng.next())
                }
                Self.resealed(&b)
            }
            if let error = loadError(dir) {
                XCTAssertEqual(error.file, path)
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, 0, "some of the damage must be caught")
    }
}
