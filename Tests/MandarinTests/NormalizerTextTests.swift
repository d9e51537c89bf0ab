import Mandarin
import XCTest

/// Full-width forms, punctuation as pauses, whitespace, and input that must not break anything.
final class NormalizerTextTests: XCTestCase {
    func testFullWidthDigitsAndPunctuation() {
        assertReads("请于１２月５日前报名，联系电话：１３９１２３４５６７８。", "请于十二月五日前报名，联系电话：幺三九幺二三四五六七八。")
        assertReads("０１２３", "零一二三")
        assertReads("ＡＢＣ", "ABC")
    }

    func testPunctuationBecomesChinesePauseMarks() {
        assertReads("注意,大家好.请戴口罩;勤洗手:不聚集?好!", "注意，大家好。请戴口罩；勤洗手：不聚集？好！")
        assertReads("请携带身份证（原件）。", "请携带身份证，原件。")
        assertReads("《通知》和“公告”", "《通知》和公告")  // a title's edges stay, silent, as bounds of its words
        assertReads("大家好……请注意——明天停电", "大家好。请注意，明天停电")
        assertReads("是/否", "是、否")
    }

    func testWhitespaceAndLatinAreKept() {
        assertReads("请 注意\n明天\t开会", "请 注意\n明天\t开会")
        assertReads("登录www.gov.cn查询", "登录www.gov.cn查询")
        assertReads("WiFi密码", "WiFi密码")
    }

    func testTextWithoutNumbersIsUnchanged() {
        let text = "各位村民请注意，今天下午在村委会开会。"
        XCTAssertEqual(Normalizer().normalize(text), text)
        XCTAssertEqual(Normalizer().normalize(""), "")
    }
}
