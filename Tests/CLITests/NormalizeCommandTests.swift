@testable import DalabaCLI
import Foundation
import XCTest

final class NormalizeCommandTests: XCTestCase {
    func testHelpSaysWhatItDoesAndHowInputIsRead() {
        let help = NormalizeCommand.helpMessage(columns: 500)
        XCTAssertTrue(help.contains("numbers, dates, times, phone numbers and units"), help)
        XCTAssertTrue(help.contains("standard input"), help)
        XCTAssertTrue(Dalaba.helpMessage().contains("normalize"), "listed under dalaba")
    }

    func testNormalizesTheArgument() throws {
        let result = try runDalaba(["normalize", "请于12月5日上午8:30到村委会领取补贴，电话0571-88888888"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "请于十二月五日上午八点三十分到村委会领取补贴，电话零五七幺，八八八八八八八八\n")
    }

    /// One output line per input line, blank lines included: 10,000 lines through one process.
    /// (Input comes from a file: through a pipe, 300 KB each way would fill both pipe buffers.)
    func testStandardInputLineByLine() throws {
        let lines = (0..<10_000).map { "第\($0 % 7 + 1)组\($0 % 5 + 1)人，\($0 % 12 + 1)月\($0 % 28 + 1)日" }
        let inputFile = try temporaryDirectory(self).appendingPathComponent("in.txt")
        try Data((lines.joined(separator: "\n") + "\n\n37.3℃\n").utf8).write(to: inputFile)

        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("dalaba")
        process.arguments = ["normalize"]
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        XCTAssertEqual(process.terminationStatus, 0)
        let out = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(out.count, 10_003, "10,002 lines and the final newline")
        XCTAssertEqual(out[0], "第一组一人，一月一日")
        XCTAssertEqual(out[1], "第二组两人，二月二日")
        XCTAssertEqual(out[9_999], "第四组五人，四月四日")
        XCTAssertEqual(out[10_000], "")
        XCTAssertEqual(out[10_001], "三十七点三摄氏度")
    }

    /// What has no reading is kept in the output and named on standard error, as `dalaba pinyin` names it.
    func testUnreadCharactersAreNamedOnStandardError() throws {
        let result = try runDalaba(["normalize", "请注意😀，体温≥37.3℃者§报告"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "请注意😀，体温大于等于三十七点三摄氏度者§报告\n")
        XCTAssertEqual(result.stderr, "warning: skipped 😀 (U+1F600): no reading\nwarning: skipped § (U+00A7): no reading\n")
    }

    func testWarningsFromStandardInputNameTheLine() throws {
        let result = try runDalaba(["normalize"], input: "通知\n开会😀😀\u{07}\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "通知\n开会😀😀\n")
        XCTAssertEqual(result.stderr, "warning: line 2: skipped (U+0007): no reading\nwarning: line 2: skipped 😀 (U+1F600): no reading, 2 times\n")
    }

    /// A text with every kind of character that has no reading: `normalize` and `pinyin` name each
    /// of them (the same ones, since pinyin starts from normalize's list), and neither drops one silently.
    func testNormalizeAndPinyinNameEveryUnreadableCharacter() throws {
        // 20 kinds: the most a warning list names one by one.
        let unreadable = ["😀", "👍🏽", "🇨🇳", "\u{E000}", "\u{F0000}", "\u{0378}", "\u{FFFD}", "\u{07}", "\u{1B}",
                          "%", "$", "\\", "§", "〃", "‰", "∑", "α", "Ж", "あ", "é"]
        let text = "请注意：" + unreadable.joined(separator: "村") + "。"
        let normalize = try runDalaba(["normalize", text])
        let pinyin = try runDalaba(["pinyin", text, "--voices", repositoryRoot.appendingPathComponent("voices").path])
        XCTAssertEqual(normalize.status, 0, normalize.stderr)
        XCTAssertEqual(pinyin.status, 0, pinyin.stderr)
        for c in unreadable {
            let code = "(U+" + String(format: "%04X", c.unicodeScalars.first!.value)
            XCTAssertTrue(normalize.stderr.contains(code), "normalize does not name \(code):\n\(normalize.stderr)")
            XCTAssertTrue(pinyin.stderr.contains(code), "pinyin does not name \(code):\n\(pinyin.stderr)")
        }
        let skipped = { (stderr: String) in stderr.split(separator: "\n").filter { $0.contains("skipped") } }
        XCTAssertEqual(skipped(normalize.stderr), skipped(pinyin.stderr))
        XCTAssertEqual(pinyin.stdout.components(separatedBy: "cun1").count - 1, unreadable.count - 1, pinyin.stdout)
    }

    func testEmptyTextIsRefused() throws {
        let result = try runDalaba(["normalize", "  "])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nothing to normalize"), result.stderr)
    }
}
