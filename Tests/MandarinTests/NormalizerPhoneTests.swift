import Mandarin
import XCTest

/// Phone numbers and hotlines: digit by digit, 1 as 幺, dashes as pauses; counts stay counts.
final class NormalizerPhoneTests: XCTestCase {
    func testHotlines() {
        assertReads("发现火情请拨打119", "发现火情请拨打幺幺九")
        assertReads("有问题请打12345反映", "有问题请打幺二三四五反映")
        assertReads("急救请拨120。", "急救请拨幺二零。")
        assertReads("110、119、120", "幺幺零、幺幺九、幺二零")
        assertReads("消费投诉12315", "消费投诉幺二三幺五")
    }

    func testCountsThatLookLikeHotlines() {
        assertReads("共120人参加", "共一百二十人参加")
        assertReads("110千伏线路检修", "一百一十千伏线路检修")
        assertReads("第110期", "第一百一十期")
        assertReads("补贴120元", "补贴一百二十元")
    }

    func testMobileNumbers() {
        assertReads("联系人王书记13912345678", "联系人王书记幺三九幺二三四五六七八")
        assertReads("手机：139 1234 5678", "手机：幺三九 幺二三四 五六七八")
        assertReads("139-1234-5678", "幺三九，幺二三四，五六七八")
    }

    func testLandlinesAndServiceNumbers() {
        assertReads("咨询电话：0571-88888888", "咨询电话：零五七幺，八八八八八八八八")
        assertReads("请拨打0571-88888888咨询", "请拨打零五七幺，八八八八八八八八咨询")
        assertReads("服务热线400-810-0000", "服务热线四零零，八幺零，零零零零")
        assertReads("联系电话87654321", "联系电话八七六五四三二幺")
        assertReads("电话0571-88888888转8001", "电话零五七幺，八八八八八八八八转八零零幺")
        assertReads("联系电话：88881234、88885678", "联系电话：八八八八幺二三四、八八八八五六七八")
    }

    func testPhoneWordsDoNotReachPastTheClause() {
        assertReads("请拨打电话报名，名额100个", "请拨打电话报名，名额一百个")
        assertReads("联系电话12345678，共2000人", "联系电话幺二三四五六七八，共两千人")
    }
}
