import XCTest
@testable import Mandarin

/// Emoji, Latin words, rare characters, control characters, very long text: no crash, nothing
/// that eSpeak NG would read in English, every skipped character named in a warning.
final class BadInputTests: XCTestCase {
    /// Every space-separated word of a reading is syllables of letters + tone digit, or a pause.
    private func assertOnlySyllables(_ pinyin: String, file: StaticString = #filePath, line: UInt = #line) {
        for word in pinyin.split(separator: " ") {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            let ok = !bare.isEmpty && bare.range(of: "^([a-z]+[1-5])+$", options: .regularExpression) != nil
            XCTAssertTrue(ok, "\"\(word)\" in \(pinyin)", file: file, line: line)
        }
    }

    func testEmojiAndControlCharactersAreSkippedAndNamed() throws {
        let r = sharedReader.reading(of: "通知😀\u{07}开会😀")
        XCTAssertEqual(r.pinyin, "tong1zhi1 kai1hui4")
        XCTAssertTrue(r.warnings.contains("skipped 😀 (U+1F600): no reading, 2 times"), "\(r.warnings)")
        // Without the normalizer (which drops control characters) the reader names them itself.
        let bare = try MandarinReader(voicesDirectory: voicesDirectory, normalize: { $0 })
        let b = bare.reading(of: "通知\u{07}开会")
        XCTAssertEqual(b.pinyin, "tong1zhi1 kai1hui4")
        XCTAssertEqual(b.warnings, ["skipped (U+0007): no reading"])
    }

    func testLatinLettersAreSpelledNotPassedThrough() {
        let r = sharedReader.reading(of: "请到B区做CT检查")
        assertOnlySyllables(r.pinyin)
        XCTAssertTrue(r.pinyin.contains("bi4 qu1"), r.pinyin)
        XCTAssertTrue(r.pinyin.contains("xi1 ti4"), r.pinyin)
        XCTAssertTrue(r.warnings.contains("spelled Latin letters \"B\""), "\(r.warnings)")
        XCTAssertTrue(r.warnings.contains("spelled Latin letters \"CT\""), "\(r.warnings)")
    }

    func testRareCharacterWithoutReadingIsSkipped() {
        // U+2EBF0 (CJK Extension I) has no reading in the data.
        let r = sharedReader.reading(of: "村\u{2EBF0}民")
        assertOnlySyllables(r.pinyin)
        XCTAssertTrue(r.warnings.contains { $0.contains("U+2EBF0") }, "\(r.warnings)")
    }

    func testHundredKilobytesOfMixedText() {
        var text = ""
        let pieces = ["各位村民请注意，", "😀", "WiFi", "\u{0}", "明天上午9点", "\u{FFFD}", "核酸检测。", "\n", "ｅ", "𠀀"]
        var i = 0
        while text.utf8.count < 100_000 { text += pieces[i % pieces.count]; i += 1 }
        let r = sharedReader.reading(of: text)
        assertOnlySyllables(r.pinyin)
        XCTAssertLessThanOrEqual(r.warnings.count, 25, "warnings are grouped per character, not per occurrence")
        XCTAssertEqual(sharedReader.perCharacter(text).count, text.filter { !$0.isWhitespace }.count)
    }
}
