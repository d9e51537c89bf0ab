@testable import Mandarin
import XCTest

/// Compares whole normalized sentences, so a rule that leaks into its neighbours shows up too.
/// (Shared by the other Normalizer*Tests files.)
func assertReads(_ input: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(Normalizer().normalize(input), expected, "input: \(input)", file: file, line: line)
}

/// Cardinals, 两/二, decimals, ordinals and lists.
final class NormalizerNumberTests: XCTestCase {
    private func digits(_ s: String) -> [UInt8] { s.unicodeScalars.map { UInt8($0.value - 48) } }

    func testCardinalGroupingAndZeros() {
        let cases: [(String, String)] = [
            ("0", "零"), ("7", "七"), ("10", "十"), ("12", "十二"), ("20", "二十"), ("100", "一百"),
            ("101", "一百零一"), ("110", "一百一十"), ("112", "一百一十二"), ("1001", "一千零一"),
            ("1010", "一千零一十"), ("10086", "一万零八十六"), ("30500", "三万零五百"), ("100000", "十万"),
            ("150000", "十五万"), ("1100000", "一百一十万"), ("10010", "一万零一十"), ("100010", "十万零一十"),
            ("100000001", "一亿零一"), ("100001000", "一亿零一千"), ("1000000000", "十亿"),
            ("999999999999", "九千九百九十九亿九千九百九十九万九千九百九十九"),
        ]
        for (number, reading) in cases {
            XCTAssertEqual(NumberReading.cardinal(digits(number)), reading, number)
        }
    }

    func testCountingCardinalSaysLiangBeforeQianWanYi() {
        XCTAssertEqual(NumberReading.cardinal(digits("2000"), liang: true), "两千")
        XCTAssertEqual(NumberReading.cardinal(digits("20000"), liang: true), "两万")
        XCTAssertEqual(NumberReading.cardinal(digits("200000000"), liang: true), "两亿")
        XCTAssertEqual(NumberReading.cardinal(digits("12000"), liang: true), "一万两千")
        XCTAssertEqual(NumberReading.cardinal(digits("220000"), liang: true), "二十二万")
        XCTAssertEqual(NumberReading.cardinal(digits("200"), liang: true), "二百")
        XCTAssertEqual(NumberReading.cardinal(digits("2000"), liang: false), "二千")
    }

    func testCardinalsInSentences() {
        assertReads("全村共有10086人", "全村共有一万零八十六人")
        assertReads("今年发放补贴30,500元", "今年发放补贴三万零五百元")
        assertReads("全镇人口1,0000人", "全镇人口一万人")
        assertReads("总投资100000元", "总投资十万元")
        assertReads("12名党员参加冬训，112户村民参加", "十二名党员参加冬训，一百一十二户村民参加")
    }

    func testLiangWhereMandarinSaysIt() {
        assertReads("每户发放2本手册", "每户发放两本手册")
        assertReads("项目总投资2亿元", "项目总投资两亿元")
        assertReads("每人限领2个口罩", "每人限领两个口罩")
        assertReads("补贴标准为每亩2000元", "补贴标准为每亩两千元")
        assertReads("预计增收2万元", "预计增收两万元")
        assertReads("新增确诊病例2例", "新增确诊病例两例")
        assertReads("请间隔2小时后再来", "请间隔两小时后再来")
        assertReads("需接种2剂疫苗", "需接种两剂疫苗")
        assertReads("每周2次", "每周两次")
        assertReads("3室2厅", "三室两厅")
        assertReads("下午2点30分开会", "下午两点三十分开会")
        assertReads("每 2 个人一组", "每 两 个人一组")
    }

    func testErWhereMandarinDoesNot() {
        assertReads("第2批补贴已到账", "第二批补贴已到账")
        assertReads("请到村委会2楼会议室", "请到村委会二楼会议室")
        assertReads("本次会议在2层召开", "本次会议在二层召开")
        assertReads("2号楼的居民请注意", "二号楼的居民请注意")
        assertReads("2月底前完成", "二月底前完成")
        assertReads("12户", "十二户")
        assertReads("2年级学生", "二年级学生")
        assertReads("增长0.2个百分点", "增长零点二个百分点")
        assertReads("周2上午", "周二上午")
        assertReads("全长2点5公里", "全长二点五公里")
    }

    func testDecimals() {
        assertReads("亩产提高0.25吨", "亩产提高零点二五吨")
        assertReads("读数为3.50", "读数为三点五零")
        assertReads("平均增长12.5", "平均增长十二点五")
        assertReads("约.5公里", "约零点五公里")
    }

    func testOrdinalsAndLists() {
        assertReads("第5期党员培训班", "第五期党员培训班")
        assertReads("请第4、5、6排的同志坐好", "请第四、五、六排的同志坐好")
        assertReads("第1、2排留给老人", "第一、二排留给老人")
        assertReads("第1-3名有奖励", "第一至三名有奖励")
        assertReads("1、戴口罩；2、勤洗手；3、不聚集", "一、戴口罩；二、勤洗手；三、不聚集")
        assertReads("1.请戴口罩\n2.请勤洗手", "一、请戴口罩\n二、请勤洗手")
    }

    func testRanges() {
        assertReads("每组3-5人", "每组三至五人")
        assertReads("预计需要10~20天", "预计需要十至二十天")
        assertReads("每户2-3个名额", "每户两至三个名额")
        assertReads("2至3人一组", "两至三人一组")
        assertReads("30—50岁的村民", "三十至五十岁的村民")
        assertReads("5月6日-8日接种", "五月六日至八日接种")
        assertReads("2020-2021年度先进个人", "二零二零至二零二一年度先进个人")
    }

    func testLeadingZeroAndCodes() {
        assertReads("编号007", "编号零零七")
        assertReads("3号楼301室", "三号楼三零一室")
        assertReads("3#楼", "三号楼")
        assertReads("G60高速封闭", "G六零高速封闭")
        assertReads("车牌浙A12345", "车牌浙A一二三四五")
        assertReads("COVID-19疫苗", "COVID一九疫苗")
        assertReads("5G信号", "五G信号")
        assertReads("2019-nCoV", "二零一九nCoV")
        assertReads("PM2.5浓度", "PM二点五浓度")
    }

    func testNegativeAndSymbols() {
        assertReads("亏损-5万元", "亏损负五万元")
        assertReads("7×24小时服务", "七乘二十四小时服务")
        assertReads("3+2", "三加二")
    }
}
