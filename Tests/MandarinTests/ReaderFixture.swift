import Foundation
@testable import Mandarin

/// The repository root, found from this file's path (Tests/MandarinTests/ReaderFixture.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

let voicesDirectory = repositoryRoot.appendingPathComponent("voices")

/// One reader over the committed voices/ for every test (loading is the slow part).
let sharedReader: MandarinReader = {
    do { return try MandarinReader(voicesDirectory: voicesDirectory) } catch {
        fatalError("cannot load the committed Mandarin data: \(error)")
    }
}()

/// A voices directory in a temporary folder holding the committed mandarin/ data (symlinked) and
/// a local lexicon with `localLexicon` as its text.
func voicesWithLocalLexicon(_ localLexicon: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-mandarin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("mandarin"),
                                               withDestinationURL: voicesDirectory.appendingPathComponent("mandarin"))
    try localLexicon.write(to: dir.appendingPathComponent("lexicon.local.tsv"), atomically: true, encoding: .utf8)
    return dir
}

extension MandarinReader {
    /// Per-character readings of `text` as one space-separated string (for compact assertions).
    func perChar(_ text: String) -> String { perCharacter(text).joined(separator: " ") }
}

/// SplitMix64 for the module's randomized tests: a fixed seed makes any failure reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
