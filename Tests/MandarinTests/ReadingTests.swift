import XCTest
@testable import Mandarin

/// `reading(of:)`: words joined, sandhi applied, punctuation as pauses, nothing unreadable passed on.
final class ReadingTests: XCTestCase {
    func testWordsAreJoinedAndPunctuationBecomesPauses() {
        let r = sharedReader.reading(of: "各位村民，请注意！")
        XCTAssertEqual(r.pinyin, "ge4wei4 cun1min2, qing3 zhu4yi4.")
        XCTAssertEqual(r.warnings, [])
    }

    func testSandhiIsAppliedInContext() {
        XCTAssertEqual(sharedReader.reading(of: "一定不要聚集").pinyin, "yi2ding4 bu2yao4 ju4ji2")
        XCTAssertEqual(sharedReader.reading(of: "第一次").pinyin.replacingOccurrences(of: " ", with: ""), "di4yi1ci4")
        XCTAssertEqual(sharedReader.reading(of: "勤洗手").pinyin, "qin2xi2shou3")
    }

    func testPausesDoNotPileUpOrLead() {
        XCTAssertEqual(sharedReader.reading(of: "，，通知。。").pinyin, "tong1zhi1.")
        XCTAssertEqual(sharedReader.reading(of: "").pinyin, "")
        XCTAssertEqual(sharedReader.reading(of: "《通知》").pinyin, "tong1zhi1")
    }

    func testNormalizerRunsFirst() {
        // Whatever the normalizer writes for digits comes out as hanzi readings, never as digits.
        let r = sharedReader.reading(of: "3月5日下午2点")
        XCTAssertFalse(r.pinyin.contains(where: { $0.isNumber && !"12345".contains($0) }), r.pinyin)
        XCTAssertTrue(r.pinyin.hasPrefix("san1yue4"), r.pinyin)
    }

    func testSentencesAreSplitForTheModel() {
        XCTAssertEqual(MandarinReader.sentences("甲。乙！丙").map(String.init), ["甲。", "乙！", "丙"])
    }
}
