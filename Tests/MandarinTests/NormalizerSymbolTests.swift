import Foundation
import XCTest
@testable import Mandarin

/// Every symbol of issue 10 in a sentence of the kind villages broadcast (weather and flood
/// warnings, air and water quality, vaccination, subsidies): the normalized text is what an
/// announcer would say, nothing is left unread, and the reading reaches eSpeak NG without its
/// English fallback.
final class NormalizerSymbolTests: XCTestCase {
    /// `text` normalizes to `expected` with nothing unread, and its full reading is spoken by
    /// eSpeak NG in Mandarin with no character skipped.
    private func assertAnnounced(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let normalized = Normalizer().normalizeReporting(text)
        XCTAssertEqual(normalized.text, expected, "input: \(text)", file: file, line: line)
        XCTAssertEqual(normalized.unread.warnings, [], "input: \(text)", file: file, line: line)
        let reading = sharedReader.reading(of: text)
        XCTAssertFalse(reading.warnings.contains { $0.hasPrefix("skipped") }, "\(reading.warnings)", file: file, line: line)
        let phonemes = try espeakPhonemes(reading.pinyin)
        XCTAssertFalse(phonemes.contains("(en)"), "eSpeak switched to English for \(reading.pinyin):\n\(phonemes)", file: file, line: line)
        XCTAssertFalse(reading.pinyin.isEmpty, file: file, line: line)
    }

    // MARK: comparisons

    func testGreaterThanOrEqual() throws {
        try assertAnnounced("空气质量预警：PM2.5浓度≥75μg/m³时，请减少户外活动。",
                            "空气质量预警：PM二点五浓度大于等于七十五微克每立方米时，请减少户外活动。")
        assertReads("年满60周岁（≧60岁）的老人", "年满六十周岁，大于等于六十岁，的老人")
    }

    func testLessThanOrEqual() throws {
        try assertAnnounced("饮用水检测结果：氨氮≤0.5mg/L，符合国家标准。", "饮用水检测结果：氨氮小于等于零点五毫克每升，符合国家标准。")
        assertReads("血糖<=6.1mmol/L为正常", "血糖小于等于六点一毫摩尔每升为正常")
    }

    func testGreaterThanBeforeANumber() throws {
        try assertAnnounced("体温>37.3℃的村民请到卫生室复测。", "体温大于三十七点三摄氏度的村民请到卫生室复测。")
        assertReads("AQI > 150时学校停止户外课", "AQI 大于 一百五十时学校停止户外课")
    }

    func testLessThanBeforeANumber() throws {
        try assertAnnounced("夜间最低气温<0℃，请做好防冻保暖。", "夜间最低气温小于零摄氏度，请做好防冻保暖。")
        assertReads("风力＜3级", "风力小于三级")
    }

    /// Inside text '<' and '>' enclose a title and are silent, like 《》; an arrow is a pause.
    func testAngleBracketsAroundATitleAreSilent() throws {
        try assertAnnounced("请大家收听<防汛抗旱知识>专题广播。", "请大家收听防汛抗旱知识专题广播。")
        assertReads("学习<<森林防火条例>>", "学习森林防火条例")
        assertReads("报名->审核->接种", "报名，审核，接种")
        assertReads("甲>乙", "甲大于乙")
        assertReads("<2023年工作总结>", "二零二三年工作总结")
        assertReads("PM2.5<35为优，>75为污染", "PM二点五小于三十五为优，大于七十五为污染")
        assertReads("风力<6级或阵风>8级", "风力小于六级或阵风大于八级")
    }

    func testPlusMinus() throws {
        try assertAnnounced("疫苗冷藏温度应保持在5±3℃。", "疫苗冷藏温度应保持在五正负三摄氏度。")
        assertReads("误差±0.5%", "误差正负百分之零点五")
    }

    func testApproximatelyAndEquals() throws {
        try assertAnnounced("全村常住人口≈2300人。", "全村常住人口约两千三百人。")
        try assertAnnounced("每户补贴50元×3人=150元。", "每户补贴五十元乘三人等于一百五十元。")
    }

    // MARK: ranges

    func testTildeRangeOfTemperatures() throws {
        try assertAnnounced("明天白天气温10~20℃，早晚温差大，请注意添衣。", "明天白天气温十至二十摄氏度，早晚温差大，请注意添衣。")
    }

    func testFullWidthTildeRangeOfTimes() throws {
        try assertAnnounced("新冠疫苗接种时间为9:00～11:30，请带好身份证。", "新冠疫苗接种时间为九点至十一点三十分，请带好身份证。")
        assertReads("雨量50〜80毫米", "雨量五十至八十毫米")
    }

    // MARK: units

    func testPerMille() throws {
        try assertAnnounced("今年全村人口自然增长率为3.5‰。", "今年全村人口自然增长率为千分之三点五。")
    }

    func testMicrogramsPerCubicMetre() throws {
        try assertAnnounced("今日PM10平均浓度为86μg/m³，空气质量良。", "今日PM十平均浓度为八十六微克每立方米，空气质量良。")
        assertReads("二氧化硫12µg/m3", "二氧化硫十二微克每立方米")  // the micro sign and a plain 3
        assertReads("臭氧160ug/m³", "臭氧一百六十微克每立方米")
    }

    func testMilligramsPerLitre() throws {
        try assertAnnounced("水库出水口化学需氧量为15mg/L，达到Ⅲ类水标准。", "水库出水口化学需氧量为十五毫克每升，达到三类水标准。")
    }

    func testKilometresPerHour() throws {
        try assertAnnounced("台风中心最大风速达到120km/h，请渔船立即回港避风。", "台风中心最大风速达到一百二十公里每小时，请渔船立即回港避风。")
        assertReads("风速17.2m/s", "风速十七点二米每秒")
    }

    func testSquareMetres() throws {
        try assertAnnounced("本次受灾农房面积共计320m²，已上报乡政府。", "本次受灾农房面积共计三百二十平方米，已上报乡政府。")
        assertReads("安置点面积2000㎡", "安置点面积两千平方米")
    }

    func testCubicMetres() throws {
        try assertAnnounced("水库蓄水量已超过500万m³，入库流量1500m³/s，请下游群众注意防范。",
                            "水库蓄水量已超过五百万立方米，入库流量一千五百立方米每秒，请下游群众注意防范。")
    }

    func testCelsius() throws {
        try assertAnnounced("今天最高气温18℃，最低气温-2℃，有霜冻。", "今天最高气温十八摄氏度，最低气温零下二摄氏度，有霜冻。")
        assertReads("温度单位：℃", "温度单位：摄氏度")
    }

    func testFahrenheit() throws {
        try assertAnnounced("境外返乡人员体温不超过99.5℉即为正常。", "境外返乡人员体温不超过九十九点五华氏度即为正常。")
        assertReads("体温98°F", "体温九十八华氏度")
    }

    // MARK: arithmetic signs

    func testTimesInDimensions() throws {
        try assertAnnounced("村务公开栏尺寸为3×2米，请按要求制作。", "村务公开栏尺寸为三乘二米，请按要求制作。")
        assertReads("2×2米", "二乘二米")  // arithmetic, not a count: not 两米
        assertReads("宣传画1920x1080像素", "宣传画一千九百二十乘一千零八十像素")
        assertReads("3*4米", "三乘四米")
        assertReads("3米×4米", "三米乘四米")
        assertReads("放大2×", "放大二乘")
    }

    func testTimesAsAPlaceholder() throws {
        try assertAnnounced("××村××组的村民请于×月×日前缴费。", "某某村某某组的村民请于某月某日前缴费。")
    }

    func testDivide() throws {
        try assertAnnounced("人均纯收入＝全村纯收入÷全村人口。", "人均纯收入等于全村纯收入除以全村人口。")
    }

    func testNumeroSign() throws {
        try assertAnnounced("请持№0012号收据到村委会领取补贴。", "请持零零一二号收据到村委会领取补贴。")
        assertReads("№5", "五号")
        assertReads("№", "编号")
    }

    // MARK: list numbers

    func testCircledNumbers() throws {
        try assertAnnounced("防溺水六不：①不私自下水游泳；②不擅自结伴游泳；③不到无安全设施的水域游泳。",
                            "防溺水六不：一、不私自下水游泳；二、不擅自结伴游泳；三、不到无安全设施的水域游泳。")
        assertReads("①戴口罩②勤洗手", "一、戴口罩，二、勤洗手")
        assertReads("详见附件①。", "详见附件一。")
    }

    func testOtherCircledAndBracketedNumbers() throws {
        try assertAnnounced("⑴关好门窗；⒉转移低洼地带人员；❸备好应急物资；㈣听从指挥；⑪注意安全；㉑完毕。",
                            "一、关好门窗；二、转移低洼地带人员；三、备好应急物资；四、听从指挥；十一、注意安全；二十一、完毕。")
        for (c, n) in [("⑩", "十"), ("⑳", "二十"), ("⓪", "零"), ("⓫", "十一"), ("⓵", "一"), ("➀", "一"), ("➓", "十"),
                       ("㉟", "三十五"), ("㊱", "三十六"), ("㊿", "五十"), ("㊀", "一"), ("㈩", "十"), ("⒇", "二十"), ("⒛", "二十")] {
            assertReads("第\(c)条", "第\(n)条")
        }
    }

    func testRomanNumeralCharacters() throws {
        try assertAnnounced("县防指决定启动防汛Ⅳ级应急响应。", "县防指决定启动防汛四级应急响应。")
        assertReads("Ⅰ级 Ⅱ级 Ⅲ级 Ⅳ级 Ⅴ类 Ⅵ Ⅶ Ⅷ Ⅸ Ⅹ Ⅺ Ⅻ ⅩⅣ ⅲ", "一级 二级 三级 四级 五类 六 七 八 九 十 十一 十二 十四 三")
        assertReads("Ⅰ. 总体要求", "一、 总体要求")
    }

    func testSecondClass() throws {
        try assertAnnounced("经检测，该河段水质为第Ⅱ类。", "经检测，该河段水质为第二类。")
        assertReads("第II类", "第二类")
    }

    /// ASCII capitals are numbers only where they clearly number something.
    func testLatinRomanNumeralsInLists() throws {
        try assertAnnounced("全镇地表水达到III类标准，劣V类水体全部消除。", "全镇地表水达到三类标准，劣五类水体全部消除。")
        assertReads("I. 防汛要求\nII. 值班安排\nIV、其他", "一、 防汛要求\n二、 值班安排\n四、其他")
        assertReads("II型糖尿病", "二型糖尿病")
        assertReads("（II）值班安排", "二、值班安排")
        // Not list numbers: letters, spelled by the pinyin stage.
        assertReads("请到X光室拍片", "请到X光室拍片")
        assertReads("VIP通道", "VIP通道")
        assertReads("V型", "V型")
        assertReads("CIVIL", "CIVIL")
    }

    func testChineseNumeralHeadingsInBrackets() throws {
        try assertAnnounced("（一）加强巡查。（二）及时转移群众。(三)做好值守。", "一、加强巡查。二、及时转移群众。三、做好值守。")
        assertReads("工作要求：（十一）其他", "工作要求：十一、其他")
        assertReads("(1)关好门窗 (2)备好物资", "一、关好门窗 二、备好物资")
        assertReads("第(2)项", "第二项")
    }

    // MARK: letters and brackets

    func testPMInAnyCase() throws {
        try assertAnnounced("今天pm10指数偏高，PM2.5为良。", "今天pm十指数偏高，PM二点五为良。")
        assertReads("Pm2.5 pM10 PM100 PM₂.₅", "Pm二点五 pM十 PM一百 PM二点五")
        assertReads("GPM10", "GPM一零")  // not PM: a code
    }

    func testBracketedSingleCharacterInsideAWordHasNoPause() throws {
        try assertAnnounced("请各村（居）民委员会于本周五前上报名单。", "请各村居民委员会于本周五前上报名单。")
        assertReads("单(双)号", "单双号")
        assertReads("请携带身份证（原件）。", "请携带身份证，原件。")  // a parenthesis proper keeps its pause
    }

    // MARK: other signs

    func testAmpersandPlusAndAt() throws {
        try assertAnnounced("开展核酸+抗原检测，欢迎关注互联网+农业。", "开展核酸加抗原检测，欢迎关注互联网加农业。")
        assertReads("党员&群众", "党员和群众")
        assertReads("邮箱cun@qq.com", "邮箱cun艾特qq.com")
    }

    func testMaskedNamesAndPhoneKeys() throws {
        try assertAnnounced("低保公示：张*明、李**，如有异议请按#号键转人工，或按*键返回。",
                            "低保公示：张某明、李某某，如有异议请按井号键转人工，或按星号键返回。")
    }

    func testBulletsArrowsAndSeparatorsArePauses() throws {
        try assertAnnounced("★温馨提示★\n●请戴口罩\n※办理流程：申请→审核→发放\n========\n#防溺水#",
                            "温馨提示，\n请戴口罩\n办理流程：申请，审核，发放\n\n防溺水，")
    }

    func testVulgarFractions() throws {
        try assertAnnounced("会议约1½小时，占全天的¼。", "会议约一又二分之一小时，占全天的四分之一。")
    }

    func testLookAlikeCharactersFromPDFs() throws {
        // Kangxi radicals (⽇ ⽉ U+2F47 U+2F49) and a small comma, as text copied from a PDF has them.
        try assertAnnounced("请于5⽉6⽇前﹐到村委会报名。", "请于五月六日前，到村委会报名。")
    }
}
