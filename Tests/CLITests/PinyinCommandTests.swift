import Foundation
import XCTest

/// `dalaba pinyin` through the real binary: arguments, stdin streaming, warnings, exit codes.
final class PinyinCommandTests: XCTestCase {
    var voices: String { repositoryRoot.appendingPathComponent("voices").path }

    func testHelpSaysWhatItPrints() throws {
        let result = try runDalaba(["pinyin", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Print the tone-numbered pinyin a Chinese text is spoken as"), result.stdout)
        XCTAssertTrue(result.stdout.contains("--per-char"), result.stdout)
        XCTAssertTrue(result.stdout.contains("--voices <voices>"), result.stdout)
    }

    func testReadsTextWithSandhiAndPauses() throws {
        let result = try runDalaba(["pinyin", "各位村民，请注意！一定不要聚集。", "--voices", voices])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "ge4wei4 cun1min2, qing3 zhu4yi4. yi2ding4 bu2yao4 ju4ji2.\n")
    }

    func testStdinIsAnsweredLineByLine() throws {
        let result = try runDalaba(["pinyin", "--per-char", "--voices", voices], input: "他长大了\n\n银行 A1\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "ta1 zhang3 da4 le5\n\nyin2 hang2 A 1\n")
    }

    func testWarningsGoToStandardErrorWithTheLine() throws {
        let result = try runDalaba(["pinyin", "--voices", voices], input: "通知\n开会😀\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "tong1zhi1\nkai1hui4\n")
        XCTAssertEqual(result.stderr, "warning: line 2: skipped 😀 (U+1F600): no reading\n")
    }

    func testBadLocalLexiconLineIsNamedAndTheRestStillLoads() throws {
        let dir = try temporaryDirectory(self)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("mandarin"),
                                                   withDestinationURL: URL(fileURLWithPath: voices).appendingPathComponent("mandarin"))
        let local = dir.appendingPathComponent("lexicon.local.tsv")
        try "# ours\n长乐村\tzhang3 le4\n长乐村\tzhang3 le4 cun1\n".write(to: local, atomically: true, encoding: .utf8)
        let result = try runDalaba(["pinyin", "--per-char", "长乐村", "--voices", dir.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "zhang3 le4 cun1\n")
        XCTAssertTrue(result.stderr.contains("\(local.path):2:1: warning: 长乐村 has 3 characters but 2 syllables"), result.stderr)
    }

    func testEmptyTextIsAUsageError() throws {
        let result = try runDalaba(["pinyin", "  ", "--voices", voices])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nothing to read"), result.stderr)
    }

    func testMissingLexiconFailsWithThePath() throws {
        let dir = try temporaryDirectory(self)
        let result = try runDalaba(["pinyin", "通知", "--voices", dir.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(dir.appendingPathComponent("mandarin/lexicon.bin").path), result.stderr)
    }
}

/// `dalaba pinyin --explain`: a line per word with the source, and the file that fixes a reading.
final class PinyinExplainTests: XCTestCase {
    func testExplainNamesTheSourceOfEachWord() throws {
        let dir = try temporaryDirectory(self)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("mandarin"),
                                                   withDestinationURL: repositoryRoot.appendingPathComponent("voices/mandarin"))
        let local = dir.appendingPathComponent("lexicon.local.tsv")
        try "檀山村\ttan2 shan1 cun1\n".write(to: local, atomically: true, encoding: .utf8)
        let result = try runDalaba(["pinyin", "--explain", "檀山村村民应注意煤气中毒", "--voices", dir.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "檀山村\ttan2 shan1 cun1\tlocal lexicon \(local.path):1")
        XCTAssertTrue(lines.contains("应\tying1\trule: 应 before a verb (should): ying1"), result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("煤气中毒\tmei2 qi4 zhong4 du2\tdictionary word") }, result.stdout)
        XCTAssertEqual(lines.last, "To change a reading, add a line to \(local.path): the word, a TAB, one syllable per character (中毒\tzhong4 du2).")
    }

    func testExplainAndPerCharTogetherAreAUsageError() throws {
        let result = try runDalaba(["pinyin", "--explain", "--per-char", "通知", "--voices", repositoryRoot.appendingPathComponent("voices").path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--per-char and --explain"), result.stderr)
    }
}
