import Foundation
@testable import Schedule
import Vocabulary

/// The voices the repo ships (voices/standard.yaml, voices/slow.yaml).
let testVoices: Set<String> = ["standard", "slow"]

func fixtureURL(_ name: String) -> URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
}

/// Parses one fixture the way the daemon would; the path shown is the bare file name.
func parseFixture(_ name: String, voices: Set<String>? = testVoices) throws -> ScheduleFileResult {
    let data = try Data(contentsOf: fixtureURL(name))
    return ScheduleFileParser(knownVoices: voices).parse(data: data, name: name, path: name)
}

/// Parses YAML text given inline, as file `name`.
func parseText(_ text: String, name: String = "test.yaml", voices: Set<String>? = testVoices) -> ScheduleFileResult {
    ScheduleFileParser(knownVoices: voices).parse(data: Data(text.utf8), name: name, path: name)
}

/// A minimal valid program with `extra` lines appended (later keys may replace nothing:
/// callers pass only keys not in the base).
func program(_ extra: String = "", times: String = "times: [08:00]", days: String = "days: daily") -> String {
    "title: 测试\ntext: 请大家勤洗手\n\(days)\n\(times)\n\(extra)"
}

/// The repository root, found from this file's location (Tests/ScheduleTests/…).
let repoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

func zone(_ id: String) -> TimeZone { TimeZone(identifier: id)! }

extension ScheduleFileResult {
    var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }
}
