import XCTest
@testable import Mandarin

/// `perCharacter`: one token per non-whitespace character, citation readings in context.
final class PerCharacterTests: XCTestCase {
    func testOneTokenPerNonWhitespaceCharacter() {
        let line = "今天 下午3点，在村委会 开会! 😀A"
        let tokens = sharedReader.perCharacter(line)
        XCTAssertEqual(tokens.count, line.filter { !$0.isWhitespace }.count)
        XCTAssertEqual(tokens[0], "jin1")
        XCTAssertEqual(tokens[4], "3", "a digit stays itself: no normalization")
        XCTAssertEqual(tokens[6], "，")
        XCTAssertEqual(tokens.suffix(2), ["😀", "A"])
    }

    func testCommonPolyphonesInContext() {
        let r = sharedReader
        XCTAssertEqual(r.perChar("我们到银行办理业务"), "wo3 men5 dao4 yin2 hang2 ban4 li3 ye4 wu4")
        XCTAssertEqual(r.perChar("请大家一起行动起来"), "qing3 da4 jia1 yi1 qi3 xing2 dong4 qi3 lai5", "起来 as a complement is neutral")
        XCTAssertEqual(r.perChar("他长大了"), "ta1 zhang3 da4 le5")
        XCTAssertEqual(r.perChar("这条路很长"), "zhe4 tiao2 lu4 hen3 chang2")
        XCTAssertEqual(r.perChar("重点人群"), "zhong4 dian3 ren2 qun2")
        XCTAssertEqual(r.perChar("重新登记"), "chong2 xin1 deng1 ji4")
        XCTAssertEqual(r.perChar("还要按时还款"), "hai2 yao4 an4 shi2 huan2 kuan3")
        XCTAssertEqual(r.perChar("了解情况"), "liao3 jie3 qing2 kuang4")
        XCTAssertEqual(r.perChar("跑得很快"), "pao3 de5 hen3 kuai4")
        XCTAssertEqual(r.perChar("认真地学习"), "ren4 zhen1 de5 xue2 xi2")
        XCTAssertEqual(r.perChar("调查研究"), "diao4 cha2 yan2 jiu1")
        XCTAssertEqual(r.perChar("调整时间"), "tiao2 zheng3 shi2 jian1")
        XCTAssertEqual(r.perChar("为人民服务"), "wei4 ren2 min2 fu2 wu4")
        XCTAssertEqual(r.perChar("女儿"), "nv3 er2", "ü is written v")
    }

    func testStandaloneWordsTakeTheirFreeReadingCompoundsKeepTheirs() {
        // g2pM alone reads 他没来 as mo4; 没 on its own is mei2, mo4 lives in compounds.
        XCTAssertEqual(sharedReader.perChar("他没来"), "ta1 mei2 lai2")
        XCTAssertEqual(sharedReader.perChar("房子被洪水淹没"), "fang2 zi5 bei4 hong2 shui3 yan1 mo4")
        XCTAssertEqual(sharedReader.perChar("请给我"), "qing3 gei3 wo3")
        XCTAssertEqual(sharedReader.perChar("保障供给"), "bao3 zhang4 gong1 ji3")
    }

    func testComplementMarkerDeBeforeDegreeAdverbs() {
        XCTAssertEqual(sharedReader.perChar("雨下得很大"), "yu3 xia4 de5 hen3 da4")
        XCTAssertEqual(sharedReader.perChar("干得非常好"), "gan4 de5 fei1 chang2 hao3")
        XCTAssertEqual(sharedReader.perChar("得不到"), "de2 bu4 dao4", "not a complement: the rule stays out")
    }

    func testCitationTonesForYiAndBu() {
        // Sandhi is the reader's last step: per-char output keeps citation tones.
        XCTAssertEqual(sharedReader.perChar("一定不是"), "yi1 ding4 bu4 shi4")
    }
}
