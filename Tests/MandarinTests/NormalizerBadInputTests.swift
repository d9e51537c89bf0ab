import Foundation
import Mandarin
import XCTest

/// Nothing typed may crash or hang the normalizer; what is not a valid number is read digit by digit.
final class NormalizerBadInputTests: XCTestCase {
    func testEmojiAndControlCharacters() {
        assertReads("🎉祝大家新年快乐😀", "🎉祝大家新年快乐😀")
        assertReads("请\u{0}注\u{7}意\u{1B}[0m", "请注意，零米")
        assertReads("1\u{200B}2个", "十二个")  // an invisible space cannot split a number
        assertReads("\u{FEFF}3人", "三人")
    }

    func testAbsurdNumbersAreReadDigitByDigit() {
        assertReads("99999999999999999999", "九九九九九九九九九九九九九九九九九九九九")
        let huge = String(repeating: "8", count: 300)
        XCTAssertEqual(Normalizer().normalize(huge), String(repeating: "八", count: 300))
        assertReads("1.2.3.4", "一点二点三点四")
        assertReads("版本192.168.1.1", "版本一九二点一六八点一点一")
        assertReads("身份证号330106199001011234", "身份证号三三零一零六一九九零零一零一一二三四")
    }

    func testInvalidTimesAndDates() {
        assertReads("12:99", "十二比九十九")
        assertReads("25:00", "二十五比零")
        assertReads("2031-13-45", "二零三一，一三，四五")
        assertReads("2031.13.45", "二零三一点一三点四五")
    }

    func testStrayNumberPunctuation() {
        assertReads("5-", "五，")
        assertReads("--5", "负五")
        assertReads("1,2,3", "一，二，三")
        assertReads("%%", "%%")
        assertReads("¥", "¥")
    }

    /// 100 KB of announcement text and 100 KB of digit soup each normalize in well under a second
    /// (a quadratic rule would take minutes here); the output keeps every sentence.
    func testLargeInputsStayFast() {
        let sentence = "请于12月5日上午8:30到村委会领取补贴，咨询电话0571-88888888。\n"
        let article = String(repeating: sentence, count: 100_000 / sentence.utf8.count + 1)
        let soups = [article, String(repeating: "1-", count: 50_000), String(repeating: "12:", count: 33_000),
                     String(repeating: "1,234", count: 20_000), String(repeating: "2031-", count: 20_000)]
        for text in soups {
            let start = Date()
            let out = Normalizer().normalize(text)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, String(text.prefix(20)))
            XCTAssertFalse(out.isEmpty)
        }
        let out = Normalizer().normalize(article)
        XCTAssertEqual(out.split(separator: "\n").count, article.split(separator: "\n").count)
        XCTAssertTrue(out.hasPrefix("请于十二月五日上午八点三十分到村委会领取补贴，咨询电话零五七幺，八八八八八八八八。\n"))
    }
}

/// `count` random texts of up to `maxLength` scalars drawn from `alphabet`; the same for the same seed.
func randomTexts(over alphabet: String, count: Int, maxLength: Int, seed: UInt64) -> [String] {
    let scalars = Array(alphabet.unicodeScalars)
    var rng = SeededGenerator(state: seed)
    return (0..<count).map { _ in
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maxLength, using: &rng) { text.append(scalars.randomElement(using: &rng)!) }
        return String(text)
    }
}

/// Random text over the characters the number and symbol rules react to: no crash, and no ASCII
/// digit survives (every digit is read as a character, whatever surrounds it).
final class NormalizerRandomInputTests: XCTestCase {
    private func assertNoDigitLeft(_ input: String, _ out: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(out.unicodeScalars.contains { $0.isASCII && $0.properties.numericType != nil }, "input: \(input) → \(out)",
                       file: file, line: line)
    }

    func testRandomNumberSoupNeverLeavesDigits() {
        let alphabet = "0123456789.,:：-~—–/%‰℃°C#¥$kgmh 年月日号第、，。个人元万亿至到转电话拨打+×aZ\n０１２〇（）…😀\u{7}"
        let normalizer = Normalizer()
        for input in randomTexts(over: alphabet, count: 20_000, maxLength: 24, seed: 20_311_205) {
            assertNoDigitLeft(input, normalizer.normalize(input))
        }
    }

    /// The same for symbols, and the reader never fails on what the normalizer made of them.
    func testRandomSymbolSoupNeverLeavesDigits() {
        let alphabet = "0123456789<>=≥≤≈±×✕x*#&@+÷№①⑳⒈㈠Ⅱⅻ()（）[]【】IVXPMpm.%‰℃℉°CF~～/μugm³²村居一二十第类级型\n 😀\u{7}々½¼→●_|-—，。"
        let normalizer = Normalizer()
        for (round, input) in randomTexts(over: alphabet, count: 20_000, maxLength: 20, seed: 20_261_203).enumerated() {
            assertNoDigitLeft(input, normalizer.normalizeReporting(input).text)
            if round % 40 == 0 {
                let r = sharedReader.reading(of: input)
                XCTAssertFalse(r.pinyin.contains { $0.isNumber && !"12345".contains($0) }, "input: \(input) → \(r.pinyin)")
            }
        }
    }
}
