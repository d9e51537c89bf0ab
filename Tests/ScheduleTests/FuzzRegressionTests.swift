import Foundation
import Testing
@testable import Schedule
import Vocabulary

/// Random damage to valid files must give diagnostics, never a crash or a hang.
/// Deterministic: a fixed seed, so a failure reproduces.
@Suite struct FuzzRegressionTests {
    /// SplitMix64: tiny, seedable, good enough to pick mutations.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let tokens: [[UInt8]] = ["[", "]", "{", "}", ":", "- ", "\n", "\t", "  ", "&a ", "*a", "!!int ", "|", ">",
                                    "'", "\"", "#", "24:00", "12:00", "：", "，", "---\n", "? ", "\u{FEFF}", "\r\n",
                                    "99999999999999999999", "gap: ", "every: ", "h", "s"]
        .map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], rng: inout SplitMix) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &rng)
            case 1 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &rng)))
            case 2: bytes.insert(contentsOf: tokens.randomElement(using: &rng)!, at: position)
            case 3: bytes = Array(bytes.prefix(position))  // truncated file
            default:
                let start = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
                bytes.insert(contentsOf: bytes[start..<min(bytes.count, start + 40)], at: position)
            }
        }
        return bytes
    }

    static func seeds() throws -> [[UInt8]] {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let schedules = repoRoot.appendingPathComponent("schedules")
        var files: [URL] = []
        for dir in [fixtures, schedules] {
            files += try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" }
        }
        return try files.sorted { $0.path < $1.path }.map { Array(try Data(contentsOf: $0)) }
    }

    /// Checks what every result must satisfy, whatever the input.
    static func checkInvariants(_ result: ScheduleFileResult) {
        for diagnostic in result.diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
            #expect(!diagnostic.message.isEmpty)
            ChineseDiagnosticTests.expectChinese(diagnostic)
            #expect(diagnostic.description.hasPrefix("\(result.path):\(diagnostic.line):\(diagnostic.column): "))
        }
        switch result.content {
        case .program(let program):
            #expect(!result.hasErrors)
            #expect(!program.title.isEmpty && !program.text.isEmpty && !program.dailyTimes.isEmpty)
            _ = program.occurrences(on: LocalDate(year: 2028, month: 2, day: 29)!, in: StationSettings.defaultTimeZone)
        case .station: #expect(!result.hasErrors)
        case .failed: #expect(result.hasErrors)
        case .skipped: Issue.record("the parser never skips")
        }
    }

    @Test func randomMutationsOfValidFiles() throws {
        var rng = SplitMix(state: 20_261_130)
        let seeds = try Self.seeds()
        let parser = ScheduleFileParser(knownVoices: testVoices)
        for iteration in 0..<3000 {
            let input = Self.mutate(seeds[iteration % seeds.count], rng: &rng)
            let name = iteration % 10 == 0 ? "station.yaml" : "fuzz.yaml"
            Self.checkInvariants(parser.parse(data: Data(input), name: name, path: name))
        }
    }

    /// Inputs that once crashed or hung a parser, kept as files (see tools/fuzz/README.md).
    @Test func keptCrashersAndHostileInputs() throws {
        let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("fuzz")
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
        #expect(!files.isEmpty)
        for file in files {
            let result = ScheduleFileParser(knownVoices: testVoices).parse(
                data: try Data(contentsOf: file), name: file.lastPathComponent, path: file.lastPathComponent)
            Self.checkInvariants(result)
        }
    }

    /// Deep nesting must be refused before the recursive composer runs, even on a thread with a
    /// small stack (512 KB, a secondary thread's default on macOS): 600 levels overflowed it.
    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        var inputs: [String] = []
        for depth in [70, 990, 200_000] {
            inputs.append("title: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
            inputs.append("title: " + String(repeating: "{a: ", count: depth) + String(repeating: "}", count: depth))
        }
        for depth in [70, 990] {
            inputs.append("title:\n" + (0..<depth).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n"))
            inputs.append("title:\n" + String(repeating: "- ", count: depth) + "x")
            // Indentless lists: `a:` then `- b:` at the same indentation, two levels per step.
            inputs.append((0..<depth).map { String(repeating: " ", count: 2 * $0) + "- k\($0):" }.joined(separator: "\n"))
        }
        let results = ResultBox()
        let allInputs = inputs
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            results.messages = allInputs.map { parseText($0).errors.map(\.message) }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        for (input, messages) in zip(inputs, results.messages) {
            #expect(messages.contains { $0.hasPrefix("this file nests ") && $0.hasSuffix(" levels deep here — a schedule file needs 3 at most; is it the right file?") }
                        || messages.contains { $0.contains("KB — a schedule file must be under") },
                    "\(input.prefix(30)): \(messages)")
        }
        // Real files are far from the limit.
        #expect(PreScan.check("a:\n  b:\n    - [1, [2, {c: d}]]\n") == nil)
        // Brackets in the clerk's text are not structure.
        #expect(PreScan.check("text: |\n  " + String(repeating: "[", count: 100) + "\n") == nil)
        #expect(PreScan.check("text: \"" + String(repeating: "{", count: 100) + "\"\n") == nil)
    }

    final class ResultBox: @unchecked Sendable {
        var messages: [[String]] = []
    }

    /// A 500-byte alias bomb used as a mapping key made Yams hash 10^9 nodes (a hang, found
    /// while testing): anchors are refused before parsing. Fixtures/fuzz/alias-bomb-key.yaml.
    @Test func aliasBombIsRefusedBeforeParsing() throws {
        let result = try parseFixture("fuzz/alias-bomb-key.yaml")
        #expect(result.errors.map(\.description) == [
            "fuzz/alias-bomb-key.yaml:1:5: error: anchors ('&name') and aliases ('*name') are not used in schedule files — write each value out in full"])
    }

    @Test func ampersandsAndAsterisksInTextAreNotAnchors() {
        let result = parseText("title: 张三&李四\ntext: |\n  &注意 *重要*\ndays: daily\ntimes: [8:00]\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.program?.text == "&注意 *重要*")
        #expect(parseText("title: 'a &b'\ntext: \"&c\"\ndays: daily\ntimes: [8:00]\n").diagnostics.isEmpty)
    }
}
