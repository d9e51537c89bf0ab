import XCTest
@testable import Mandarin

/// Tone sandhi, pure: characters + citation syllables + word starts in, spoken syllables out.
final class ToneSandhiTests: XCTestCase {
    /// `words` like ["一", "个"] with syllables "yi1 ge4": one entry per word.
    private func sandhi(_ words: [(String, String)]) -> String {
        var chars: [Character] = [], syllables: [String] = [], starts: [Bool] = []
        for (word, syl) in words {
            let s = syl.split(separator: " ").map(String.init)
            precondition(s.count == word.count)
            for (k, c) in word.enumerated() { chars.append(c); syllables.append(s[k]); starts.append(k == 0) }
        }
        return ToneSandhi.apply(chars: chars, syllables: syllables, wordStart: starts).joined(separator: " ")
    }

    func testYiBeforeFourthToneIsSecond() {
        XCTAssertEqual(sandhi([("一定", "yi1 ding4")]), "yi2 ding4")
        XCTAssertEqual(sandhi([("一", "yi1"), ("次", "ci4")]), "yi2 ci4")
    }

    func testYiBeforeOtherTonesIsFourth() {
        XCTAssertEqual(sandhi([("一天", "yi1 tian1")]), "yi4 tian1")
        XCTAssertEqual(sandhi([("一年", "yi1 nian2")]), "yi4 nian2")
        XCTAssertEqual(sandhi([("一起", "yi1 qi3")]), "yi4 qi3")
    }

    func testOrdinalAndCountingYiKeepsFirstTone() {
        XCTAssertEqual(sandhi([("第一", "di4 yi1"), ("次", "ci4")]), "di4 yi1 ci4")
        XCTAssertEqual(sandhi([("一月", "yi1 yue4")]), "yi1 yue4")
        XCTAssertEqual(sandhi([("一", "yi1"), ("楼", "lou2")]), "yi1 lou2")
        XCTAssertEqual(sandhi([("十一", "shi2 yi1"), ("号", "hao4")]), "shi2 yi1 hao4")
        XCTAssertEqual(sandhi([("一九九九", "yi1 jiu3 jiu3 jiu3")]), "yi1 jiu2 jiu2 jiu3")
        XCTAssertEqual(sandhi([("一二三", "yi1 er4 san1")]), "yi1 er4 san1")
        XCTAssertEqual(sandhi([("星期一", "xing1 qi1 yi1")]), "xing1 qi1 yi1")
        XCTAssertEqual(sandhi([("统一", "tong3 yi1"), ("思想", "si1 xiang3")]), "tong3 yi1 si1 xiang3", "word-final 一")
        XCTAssertEqual(sandhi([("一", "yi1")]), "yi1", "alone")
    }

    func testDatesTimesAndGradesKeepFirstTone() {
        XCTAssertEqual(sandhi([("五月", "wu3 yue4"), ("一日", "yi1 ri4")]), "wu3 yue4 yi1 ri4")
        XCTAssertEqual(sandhi([("一日", "yi1 ri4"), ("三餐", "san1 can1")]), "yi2 ri4 san1 can1")
        XCTAssertEqual(sandhi([("一点", "yi1 dian3"), ("半", "ban4")]), "yi1 dian3 ban4")
        XCTAssertEqual(sandhi([("一点", "yi1 dian3"), ("三十", "san1 shi2"), ("分", "fen1")]), "yi1 dian3 san1 shi2 fen1")
        XCTAssertEqual(sandhi([("一点", "yi1 dian3"), ("小事", "xiao3 shi4")]), "yi4 dian2 xiao3 shi4")
        XCTAssertEqual(sandhi([("一年级", "yi1 nian2 ji2")]), "yi1 nian2 ji2")
        XCTAssertEqual(sandhi([("一年", "yi1 nian2")]), "yi4 nian2")
        XCTAssertEqual(sandhi([("一等奖", "yi1 deng3 jiang3")]), "yi1 deng2 jiang3")
    }

    func testYiBetweenReduplicatedVerbsIsNeutral() {
        XCTAssertEqual(sandhi([("看", "kan4"), ("一", "yi1"), ("看", "kan4")]), "kan4 yi5 kan4")
    }

    func testBuBeforeFourthToneIsSecond() {
        XCTAssertEqual(sandhi([("不是", "bu4 shi4")]), "bu2 shi4")
        XCTAssertEqual(sandhi([("不", "bu4"), ("要", "yao4")]), "bu2 yao4")
        XCTAssertEqual(sandhi([("不", "bu4"), ("聚集", "ju4 ji2")]), "bu2 ju4 ji2")
        XCTAssertEqual(sandhi([("不", "bu4"), ("能", "neng2")]), "bu4 neng2")
        XCTAssertEqual(sandhi([("是", "shi4"), ("不", "bu4"), ("是", "shi4")]), "shi4 bu5 shi4")
    }

    func testThirdToneSandhiFollowsWordStructure() {
        // 2+1: 展览馆 → zhan2 lan2 guan3; 1+2: 小 老虎 → xiao3 lao2 hu3 (eSpeak alone says xiao2).
        XCTAssertEqual(sandhi([("展览馆", "zhan3 lan3 guan3")]), "zhan2 lan2 guan3")
        XCTAssertEqual(sandhi([("小", "xiao3"), ("老虎", "lao3 hu3")]), "xiao3 lao2 hu3")
        XCTAssertEqual(sandhi([("你好", "ni3 hao3")]), "ni2 hao3")
        XCTAssertEqual(sandhi([("很", "hen3"), ("好", "hao3")]), "hen2 hao3")
    }
}
