import XCTest
@testable import Mandarin

/// `perCharacter`: one token per non-whitespace character, citation readings in context.
final class PerCharacterTests: XCTestCase {
    func testOneTokenPerNonWhitespaceCharacter() {
        let line = "今天 下午3点，在村委会 开会! 😀A"
        let tokens = sharedReader.perCharacter(line)
        XCTAssertEqual(tokens.count, line.filter { !$0.isWhitespace }.count)
        XCTAssertEqual(tokens[0], "jin1")
        XCTAssertEqual(tokens[4], "3", "a digit stays itself (its number is read for the context only)")
        XCTAssertEqual(tokens[6], "，")
        XCTAssertEqual(tokens.suffix(2), ["😀", "A"])
    }

    /// The hanzi are read as they are spoken: numbers written out (九处 chù, 长五百米 cháng), quotation
    /// marks silent (“藏”在 cáng), a title's edges and name dots kept as bounds of words (《西域传》 zhuàn).
    func testReadAsSpoken() {
        let r = sharedReader
        for (line, char, expected) in [("省级文保单位9处。", "处", "chu4"), ("对辖区18处文物点进行检查。", "处", "chu4"),
                                       ("跑道长500米、宽20米。", "长", "chang2"), ("动车组总重381吨。", "重", "zhong4"),
                                       ("住院分娩率99.8%。", "率", "lv4"), ("即黄陂南路596弄。", "弄", "long4"),
                                       ("上涨了八个百分点，为59.5%。", "为", "wei2"), ("今年我花153元为34亩水稻买保险。", "为", "wei4"),
                                       ("发现一只白色的鸟“藏”在草丛中。", "藏", "cang2"), ("为“两癌”检查提供便利。", "为", "wei4"),
                                       ("以“我们的村晚”为契机开展垃圾分类。", "为", "wei2"), ("主题为“我和家庭医生有个约定”的宣传活动。", "为", "wei2")] {
            let chars = Array(line)
            XCTAssertEqual(r.perCharacter(line)[chars.firstIndex(of: Character(char))!], expected, line)
            // The spoken path (`--explain` shows it) reads the character the same way.
            let spoken = r.explanation(of: line).flatMap { word in zip(word.text, word.syllables) }
            XCTAssertEqual(spoken.first(where: { $0.0 == Character(char) })?.1, expected, "spoken: \(line)")
        }
        XCTAssertEqual(r.perCharacter("《新唐书·西域传》记载"), ["《", "xin1", "tang2", "shu1", "·", "xi1", "yu4", "zhuan4", "》", "ji4", "zai3"])
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
