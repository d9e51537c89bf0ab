import Foundation
import XCTest
@testable import Mandarin

/// The acceptance check that nothing reaches eSpeak NG's English fallback: the reading of a long
/// announcement, given to `espeak-ng -q -x -v cmn-latn-pinyin`, never switches to (en).
final class EspeakNoEnglishTests: XCTestCase {
    static let announcement = """
        各位村民请注意，现在播送一则通知。根据县疫情防控指挥部的要求，请大家戴口罩、勤洗手、常通风，\
        少出门、不聚集。本周六上午8:30至11:30，在村委会广场开展核酸检测，请16周岁以上的村民带好身份证，\
        按时参加，排队时保持1米间距。还没有接种疫苗的老人，请到卫生院接种，加强针也可以一起打。
        春耕备耕开始了，请种粮大户及时购买化肥和种子，不要相信上门推销的假农药。耕地地力保护补贴\
        将于3月15日发放到一卡通，每亩补贴105.5元，有问题请拨打热线0571-88001234咨询。
        今冬明春党员冬训定于12月5日举行，全体党员要认真学习，不得无故缺席。单书记和曾主任将为大家讲课。
        近期天气干燥，森林防火形势严峻，严禁野外用火。气象台发布暴雨预警：明天有强降雨，\
        局部地区降雨量将达到50毫米，气温下降5至8℃，请大家做好防范，注意安全。长沙和重庆的亲友返乡，\
        请提前向村里报备行程码和健康码。谢谢大家！
        """

    func testLongAnnouncementNeverSwitchesToEnglish() throws {
        let reading = sharedReader.reading(of: Self.announcement)
        XCTAssertFalse(reading.pinyin.isEmpty)
        let phonemes = try espeakPhonemes(reading.pinyin)
        XCTAssertFalse(phonemes.contains("(en)"), "eSpeak switched to English:\n\(phonemes)\nfor input:\n\(reading.pinyin)")
        // A reading that eSpeak understood has as many syllables as tone digits we gave it.
        XCTAssertGreaterThan(phonemes.count, reading.pinyin.count / 2)
    }

    func testLatinLettersDigitsAndSymbolsNeverSwitchToEnglish() throws {
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        let text = "请到B区做CT检查，WiFi密码是abc123😀，\(letters)，\(letters.lowercased())，ＰＭ２.５超标#@&"
        let reading = sharedReader.reading(of: text)
        let phonemes = try espeakPhonemes(reading.pinyin)
        XCTAssertFalse(phonemes.contains("(en)"), "eSpeak switched to English:\n\(phonemes)\nfor input:\n\(reading.pinyin)")
    }
}
