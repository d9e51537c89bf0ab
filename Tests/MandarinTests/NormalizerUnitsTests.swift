import Mandarin
import XCTest

/// Percentages, fractions, temperatures, money and units.
final class NormalizerUnitsTests: XCTestCase {
    func testPercentages() {
        assertReads("接种率达到12%", "接种率达到百分之十二")
        assertReads("同比增长3.5%", "同比增长百分之三点五")
        assertReads("2%的农户", "百分之二的农户")
        assertReads("下降-2%", "下降负百分之二")
        assertReads("提高3%-5%", "提高百分之三至百分之五")
        assertReads("提高3-5%", "提高百分之三至百分之五")
        assertReads("１２％", "百分之十二")
        assertReads("5‰", "千分之五")
    }

    func testTemperatures() {
        assertReads("体温超过37.3℃的请就医", "体温超过三十七点三摄氏度的请就医")
        assertReads("明晨最低气温-5℃", "明晨最低气温零下五摄氏度")
        assertReads("最低−5°C", "最低零下五摄氏度")
        assertReads("气温5度", "气温五度")
        assertReads("降温2度", "降温二度")
        assertReads("气温-3~5℃", "气温零下三至五摄氏度")
        assertReads("-5～-1℃", "零下五至零下一摄氏度")
    }

    func testMoney() {
        assertReads("每人补贴50元", "每人补贴五十元")
        assertReads("合作医疗每人¥300", "合作医疗每人三百元")
        assertReads("每斤3.5元", "每斤三点五元")
        assertReads("每斤3.50元", "每斤三点五元")
        assertReads("10.00元", "十元")
        assertReads("奖励1.5万元", "奖励一点五万元")
        assertReads("奖金￥3万", "奖金三万元")
        assertReads("¥300-500", "三百至五百元")
        assertReads("2元", "两元")
        assertReads("$100", "一百美元")
        assertReads("¥1,234.50", "一千二百三十四点五元")
    }

    func testUnits() {
        assertReads("每袋5kg", "每袋五公斤")
        assertReads("全程10km", "全程十公里")
        assertReads("积雪深3cm", "积雪深三厘米")
        assertReads("面积120m²", "面积一百二十平方米")
        assertReads("面积120㎡", "面积一百二十平方米")
        assertReads("面积120平方米", "面积一百二十平方米")
        assertReads("种植5亩", "种植五亩")
        assertReads("2小时", "两小时")
        assertReads("24h值班", "二十四小时值班")
        assertReads("每次30min", "每次三十分钟")
        assertReads("每片5mg", "每片五毫克")
        assertReads("500ml", "五百毫升")
        assertReads("2L", "两升")
        assertReads("限速60km/h", "限速六十公里每小时")
        assertReads("5元/斤", "五元每斤")
        assertReads("每袋2kg", "每袋两公斤")
        assertReads("跑了5 km", "跑了五公里")
    }

    func testLatinLettersThatAreNotUnits() {
        assertReads("5G网络", "五G网络")
        assertReads("请用2B铅笔", "请用二B铅笔")
    }
}
