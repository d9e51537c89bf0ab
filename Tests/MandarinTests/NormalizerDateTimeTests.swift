import Mandarin
import XCTest

/// Dates, clock times and time ranges as clerks type them.
final class NormalizerDateTimeTests: XCTestCase {
    func testTheBriefsExample() {
        assertReads("请于12月5日上午8:30到村委会领取补贴", "请于十二月五日上午八点三十分到村委会领取补贴")
    }

    func testYearsDigitByDigit() {
        assertReads("1999年10月1日", "一九九九年十月一日")
        assertReads("2031年5月6日起实行", "二零三一年五月六日起实行")
        assertReads("2000年", "二零零零年")
        assertReads("二〇二一年", "二零二一年")
        assertReads("2023年度考核", "二零二三年度考核")
        assertReads("服役20年", "服役二十年")
        assertReads("已满2年", "已满两年")
    }

    func testNumericDateForms() {
        assertReads("2031-05-06开始报名", "二零三一年五月六日开始报名")
        assertReads("截止日期2031/5/6", "截止日期二零三一年五月六日")
        assertReads("2031.5.6召开", "二零三一年五月六日召开")
        assertReads("2031年05月06日", "二零三一年五月六日")
        assertReads("2031-05-06日", "二零三一年五月六日")
        assertReads("2031-05起", "二零三一年五月起")
    }

    func testChineseDateForms() {
        assertReads("5月6日", "五月六日")
        assertReads("10月上旬完成秋收", "十月上旬完成秋收")
        assertReads("12月31号前", "十二月三十一号前")
        assertReads("2月2日", "二月二日")
    }

    func testSlashDatesAndFractions() {
        // a/b is a date when it cannot sensibly be a fraction: improper, "denominator" over 12,
        // or a date word next to it; otherwise a fraction.
        assertReads("10/1放假", "十月一日放假")
        assertReads("12/31截止", "十二月三十一日截止")
        assertReads("5/6起开始", "五月六日起开始")
        assertReads("超过2/5的农户", "超过五分之二的农户")
        assertReads("1/3以上", "三分之一以上")
    }

    func testClockTimes() {
        assertReads("早上6:45集合", "早上六点四十五分集合")
        assertReads("21:00以后", "二十一点以后")
        assertReads("14:05开会", "十四点零五分开会")
        assertReads("上午8:30", "上午八点三十分")
        assertReads("下午2:00", "下午两点")
        assertReads("下午2点", "下午两点")
        assertReads("凌晨0:30", "凌晨零点三十分")
        assertReads("8：30", "八点三十分")
        assertReads("8:30:15", "八点三十分十五秒")
        assertReads("8时05分", "八时零五分")
    }

    func testTimeRanges() {
        assertReads("接种时间13:30-15:00", "接种时间十三点三十分至十五点")
        assertReads("8:00—12:00，14:00~17:30", "八点至十二点，十四点至十七点三十分")
        assertReads("8:30至11:00", "八点三十分至十一点")
        assertReads("上午8点-11点", "上午八点至十一点")
        assertReads("值班20:00-次日8:00", "值班二十点至次日八点")
    }

    func testColonShapesThatAreNotTimes() {
        assertReads("比分3:1", "比分三比一")
        assertReads("比例尺1:1000", "比例尺一比一千")
        assertReads("12:99", "十二比九十九")
    }

    func testImpossibleDatesAreReadDigitByDigit() {
        assertReads("2031-13-45", "二零三一，一三，四五")
        assertReads("2031/2/30", "二零三一，二，三零")
    }
}
