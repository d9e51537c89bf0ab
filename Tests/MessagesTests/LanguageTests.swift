import Messages
import XCTest

final class LanguageTests: XCTestCase {
    private func language(_ environment: [String: String]) -> Language {
        Language.fromEnvironment { environment[$0] }
    }

    func testThePOSIXOrderDecides() {
        XCTAssertEqual(language([:]), .english)
        XCTAssertEqual(language(["LANG": "zh_CN.UTF-8"]), .chinese)
        XCTAssertEqual(language(["LANG": "C.UTF-8"]), .english)
        XCTAssertEqual(language(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]), .chinese)
        XCTAssertEqual(language(["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "C"]), .english)
        XCTAssertEqual(language(["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_TW", "LC_ALL": "C.UTF-8"]), .english)
        XCTAssertEqual(language(["LC_ALL": "zh_CN.GB18030", "LANG": "C"]), .chinese)
        // Set but empty means "not set" in POSIX.
        XCTAssertEqual(language(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]), .chinese)
        XCTAssertEqual(language(["LANG": "POSIX"]), .english)
    }

    func testPlaceholdersAreFilledPerLanguage() {
        let text = TestCatalog.withValues(["count": 3, "what": LocalizedText(english: "files", chinese: "文件")])
        XCTAssertEqual(text.english, "3 files are broken")
        XCTAssertEqual(text.chinese, "有 3 个文件出错")
        XCTAssertEqual(text.text(in: .chinese), "有 3 个文件出错")
    }

    func testTheAuditFindsEveryKindOfGap() {
        let problems = CatalogAudit.problems(BrokenCatalog.self)
        XCTAssertTrue(problems.contains { $0.contains("emptyChinese") && $0.contains("Chinese text is empty") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("untranslated") && $0.contains("no Chinese character") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("lostValue") && $0.contains("placeholders differ") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("halfDone") && $0.contains("English in the Chinese text") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("untranslated") && $0.contains("English in the Chinese text") }, "\(problems)")
        XCTAssertEqual(problems.count, 5, "\(problems)")
        XCTAssertEqual(CatalogAudit.problems(TestCatalog.self), [])
    }

    func testEnglishProseAndWhatIsNotProse() {
        XCTAssertEqual(EnglishProse.sentences(in: "file not found"), ["file not found"])
        XCTAssertEqual(EnglishProse.sentences(in: "错误：permission denied，请加入 dalaba 组"), [])  // glued to Chinese
        XCTAssertEqual(EnglishProse.sentences(in: "错误： permission denied ，请加入"), ["permission denied"])
        XCTAssertEqual(EnglishProse.sentences(in: "写成 'times: [07:30, 12:00]' 或 'every: 2h'"), [])
        XCTAssertEqual(EnglishProse.sentences(in: "schedules/noon.yaml 第 4 行第 1 列 错误：不认识"), [])
        XCTAssertEqual(EnglishProse.sentences(in: "读法 zhong1 guo2 ren2"), [])
        XCTAssertEqual(EnglishProse.sentences(in: "每天 daily 或 周末 weekends"), [])
        XCTAssertEqual(EnglishProse.sentences(in: "用 dalaba status 查看", allowed: ["dalaba"]), [])
        XCTAssertEqual(EnglishProse.sentences(in: "用 dalaba status 查看"), ["dalaba status"])
        XCTAssertEqual(EnglishProse.sentences(in: "OK. Done"), [])
        XCTAssertEqual(EnglishProse.sentences(in: "例子：\n  dalaba schedule check\n", allowed: ["dalaba"]), [])
        XCTAssertEqual(EnglishProse.sentences(in: "错误： dalaba is not running", allowed: ["dalaba"]), ["is not running"])
    }

    func testPhrasesAreTranslatedWithTheirValues() {
        XCTAssertEqual(PhraseTranslation.chinese("Error: 2 unexpected things here, and no 3 things", TestPhrases.self),
                       "错误：多了 2 个东西 here, and no 3 things")
        // A leading value whose later literal is missing does not loop (it once did).
        XCTAssertEqual(PhraseTranslation.chinese("the bus is late by many", TestPhrases.self), "the bus is late by many")
        XCTAssertEqual(PhraseTranslation.chinese("x 25:00 unexpected things", TestPhrases.self), "x 多了 25:00 个东西")
    }

    func testChineseFormats() {
        XCTAssertEqual(ChineseFormat.dateTime(month: 12, day: 3, isoWeekday: 4, hour: 18, minute: 30), "12月3日 周四 18:30")
        XCTAssertEqual(ChineseFormat.date(year: 2026, month: 1, day: 9, isoWeekday: 7), "2026年1月9日 周日")
        XCTAssertEqual(ChineseFormat.time(hour: 7, minute: 5, second: 9), "07:05:09")
        XCTAssertEqual(ChineseFormat.count(3, "条", "广播"), "3 条广播")
        XCTAssertEqual(ChineseFormat.duration(seconds: 9000), "2小时30分钟")
        XCTAssertEqual(ChineseFormat.duration(seconds: 65), "1分钟5秒")
        XCTAssertEqual(ChineseFormat.duration(seconds: 3605), "1小时5秒")
        XCTAssertEqual(ChineseFormat.duration(seconds: 0), "0秒")
    }
}

private enum TestCatalog: MessageCatalog {
    case withValues
    var templates: (english: String, chinese: String) {
        switch self {
        case .withValues: ("{count} {what} are broken", "有 {count} 个{what}出错")
        }
    }
}

/// One entry per kind of mistake the audit must catch.
private enum BrokenCatalog: MessageCatalog {
    case emptyChinese, untranslated, lostValue, halfDone, fine
    var templates: (english: String, chinese: String) {
        switch self {
        case .emptyChinese: ("file not found", " ")
        case .untranslated: ("file not found", "file not found")
        case .lostValue: ("time {time} does not exist", "时间不存在")
        case .halfDone: ("permission denied", "错误： permission denied")
        case .fine: ("time {time} does not exist", "时间 {time} 不存在")
        }
    }
}

private enum TestPhrases: MessageCatalog {
    case unexpected, error, late
    var templates: (english: String, chinese: String) {
        switch self {
        case .unexpected: ("{count} unexpected things", "多了 {count} 个东西")
        case .error: ("Error: ", "错误：")
        case .late: ("{what} is late by {minutes} minutes", "{what} 晚了 {minutes} 分钟")
        }
    }
}
