@testable import DalabaCLI
@testable import DalabaControl
import Foundation
import XCTest

/// The light `dalaba` reads the everyday control command lines itself (QuickArguments) and
/// leaves the rest to argument-parser in dalaba-tools: whatever it accepts must mean what
/// argument-parser makes of it.
final class QuickArgumentsTests: XCTestCase {
    /// Command lines the light client must run itself: the fast path is not allowed to shrink.
    let everyday: [[String]] = [
        ["status"], ["status", "--json"], ["status", "--socket", "/run/x.sock"], ["status", "--socket=/run/x.sock", "--json"],
        ["queue"], ["queue", "--json"], ["skip"], ["pause"], ["resume"], ["reload"], ["reload", "--json"], ["watch"],
        ["watch", "--json"], ["cancel", "12"], ["cancel", "12", "--json"], ["cancel", "--socket", "/s", "7"],
        ["history"], ["history", "--date", "2026-12-01"], ["history", "--csv"], ["history", "--json", "--date=2026-02-28"],
        ["say", "各位村民请注意"], ["say", "开会", "--at", "18:30"], ["say", "--at", "2026-12-01T07:30:15", "开会"],
        ["say", "紧急通知", "--priority", "emergency", "--repeat", "3", "--no-chime"], ["say", "x", "--voice", "slow", "--json"],
        ["say"], ["say", "--repeat", "10"], ["say", "--audio", "通知.mp3"], ["say", "方言通知", "--audio=/srv/a.wav", "--no-chime"],
        ["say", "停水", "--zones", "东头,西头"], ["say", "停水", "--zones=学校"], ["say", "开会", "--zones", "全部"],
        ["volume"], ["volume", "--json"], ["volume", "60%"], ["volume", "60%", "--until", "18:00"], ["volume", "plan"],
        ["volume", "--until=2026-12-01T07:30", "25"], ["skip", "--zone", "东头"], ["skip", "--zone=西头", "--json"],
    ]

    /// Command lines it must leave to argument-parser (help, completion, errors, rare options).
    let declined: [[String]] = [
        [], ["--help"], ["-h"], ["help"], ["status", "--help"], ["status", "-h"], ["--generate-completion-script", "bash"],
        ["preview", "你好"], ["pinyin", "你好"], ["schedule", "check"], ["stauts"], ["status", "extra"], ["status", "--json", "--json"],
        ["status", "--socket"], ["status", "--socket", "--json"], ["status", "--socket="], ["status", "--json=yes"],
        ["status", "--"], ["cancel"], ["cancel", "abc"], ["cancel", "-5"], ["cancel", "1", "2"], ["history", "--csv", "--json"],
        ["history", "--date", "2026-02-30"], ["history", "--date", "tomorrow"], ["say", "x", "--at", "25:00"],
        ["say", "x", "--repeat", "0"], ["say", "x", "--repeat", "11"], ["say", "x", "--repeat", "three"],
        ["say", "x", "--priority", "urgent"], ["say", "x", "--expires", "30m"], ["say", "a", "b"], ["say", "-x"], ["say", ""],
        ["say", "x", "--at", "18:30", "--at", "19:00"], ["say", "help"], ["say", "x", "--voice", "-slow"],
        ["say", "x", "--zones", "东头,all"], ["say", "x", "--zones", "东[头"], ["say", "x", "--zones", "东头", "--zones", "西头"],
        ["volume", "loud"], ["volume", "120%"], ["volume", "60%", "70%"], ["volume", "--until", "18:00"],
        ["volume", "plan", "--until", "18:00"], ["volume", "60%", "--until", "25:00"], ["volume", "-6dB"],
        ["skip", "--zone"], ["skip", "--zone", "东头", "--zone", "西头"], ["skip", "东头"],
    ]

    func testEverydayLinesAreReadAsArgumentParserReadsThem() throws {
        for arguments in everyday {
            let quick = try XCTUnwrap(QuickArguments.parse(arguments), "the light client declined \(arguments)")
            let parsed = try Dalaba.parseAsRoot(arguments)
            let command = try XCTUnwrap(parsed as? any ControlCommand, "\(arguments) is not a control command")
            XCTAssertEqual(quick, command.invocation, "\(arguments)")
        }
    }

    func testEverythingElseIsLeftToArgumentParser() {
        for arguments in declined {
            XCTAssertNil(QuickArguments.parse(arguments), "\(arguments) should go to dalaba-tools")
        }
    }

    /// Every control command of the full command line is one the light client knows.
    func testEveryControlCommandHasAQuickGrammar() {
        let control = Dalaba.configuration.subcommands.filter { $0 is any ControlCommand.Type }.compactMap { $0._commandName }
        XCTAssertEqual(Set(control), Set(QuickArguments.commands))
        for command in QuickArguments.commands { XCTAssertNotNil(QuickArguments.grammar(of: command), command) }
    }
}

/// The property the light client exists for: it carries none of the station's heavy libraries.
final class LightClientBinaryTests: XCTestCase {
    /// Names that appear in a binary that links GRDB/SQLite, libespeak-ng or libasound.
    let heavy = ["sqlite3_prepare", "espeak_Synth", "snd_pcm_open", "GRDB"]

    func testClientLinksNoHeavyLibrary() throws {
        let client = try Data(contentsOf: productsDirectory.appendingPathComponent("dalaba"))
        let needed = try ELFFile(client).neededLibraries()
        for library in ["libespeak-ng", "libasound", "libsqlite3", "libFoundationInternationalization", "lib_FoundationICU"] {
            XCTAssertFalse(needed.contains { $0.hasPrefix(library) }, "dalaba needs \(library): \(needed)")
        }
        // ICU (Foundation's calendars and zones): the client reads the zone with glibc instead.
        for name in heavy + ["ucal_open"] {
            XCTAssertNil(client.range(of: Data(name.utf8)), "dalaba contains \(name)")
        }
        // The same check finds them in the full command line, so it can fail.
        let tools = try Data(contentsOf: productsDirectory.appendingPathComponent("dalaba-tools"))
        XCTAssertTrue(try ELFFile(tools).neededLibraries().contains { $0.hasPrefix("libespeak-ng") })
        for name in heavy { XCTAssertNotNil(tools.range(of: Data(name.utf8)), "dalaba-tools lacks \(name)") }
    }

    /// What the light client cannot run itself it hands on, with the same output and status.
    func testOtherCommandsGoToDalabaTools() throws {
        let direct = try runDalaba(["normalize", "12月5日"], executable: "dalaba-tools")
        let handed = try runDalaba(["normalize", "12月5日"])
        XCTAssertEqual(handed.status, 0, handed.stderr)
        XCTAssertEqual(handed.stdout, direct.stdout)
        let usage = try runDalaba(["cancel", "abc"])
        XCTAssertEqual(usage.status, 2)
        XCTAssertEqual(usage.stderr, try runDalaba(["cancel", "abc"], executable: "dalaba-tools").stderr)
        XCTAssertTrue(usage.stderr.contains("Usage: dalaba cancel <id>"), usage.stderr)
        let completion = try runDalaba(["--generate-completion-script", "bash"])
        XCTAssertEqual(completion.status, 0)
        for command in ["status", "say", "preview", "pinyin", "normalize", "schedule", "history", "watch"] {
            XCTAssertTrue(completion.stdout.contains(command), "the completion lacks \(command)")
        }
    }

    func testNotRunningIsOneLineAndStatusOne() throws {
        let result = try runDalaba(["status", "--socket", "/nonexistent/control.sock"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: dalabad is not running at /nonexistent/control.sock\n")
        let empty = try runDalaba(["say", "--socket", "/nonexistent/control.sock"], input: "  \n")
        XCTAssertEqual(empty.status, 2)
        XCTAssertEqual(empty.stderr, "Error: nothing to say: give the announcement text as an argument or on standard input\n")
    }
}

/// Just enough of ELF64 to list a binary's DT_NEEDED entries (none for a static executable).
struct ELFFile {
    let bytes: [UInt8]
    init(_ data: Data) throws {
        bytes = [UInt8](data)
        guard bytes.count > 64, bytes[0..<4] == [0x7F, 0x45, 0x4C, 0x46], bytes[4] == 2 else { throw ELFError() }
    }
    struct ELFError: Error {}

    func integer(_ offset: Int, _ size: Int) -> Int {
        (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    func neededLibraries() -> [String] {
        let sectionTable = integer(0x28, 8), entrySize = integer(0x3A, 2), count = integer(0x3C, 2)
        func section(_ index: Int) -> (type: Int, offset: Int, size: Int, link: Int) {
            let base = sectionTable + index * entrySize
            return (integer(base + 4, 4), integer(base + 0x18, 8), integer(base + 0x20, 8), integer(base + 0x28, 4))
        }
        var names: [String] = []
        for index in 0..<count where section(index).type == 6 {  // SHT_DYNAMIC
            let dynamic = section(index)
            let strings = section(dynamic.link).offset
            for entry in stride(from: dynamic.offset, to: dynamic.offset + dynamic.size, by: 16) where integer(entry, 8) == 1 {
                let start = strings + integer(entry + 8, 8)
                let end = bytes[start...].firstIndex(of: 0) ?? start
                names.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
        }
        return names
    }
}
