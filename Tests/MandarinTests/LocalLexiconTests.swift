import Messages
import XCTest
@testable import Mandarin

/// voices/lexicon.local.tsv: overrides everything, bad lines named by file:line and skipped.
final class LocalLexiconTests: XCTestCase {
    func testParsesEntriesCommentsAndBlankLines() {
        var problems: [LexiconError] = []
        let lexicon = OverrideLexicon(text: "# header\n\n檀山村\ttan2 shan1 cun1  # our village\n吕庄\tLü3 zhuang1\r\n",
                                      file: "lexicon.local.tsv", problems: &problems)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lexicon.syllables(for: "檀山村"), ["tan2", "shan1", "cun1"])
        XCTAssertEqual(lexicon.syllables(for: "吕庄"), ["lv3", "zhuang1"], "ü and capitals normalized")
        XCTAssertEqual(lexicon.maxLength, 3)
    }

    func testBadLinesAreNamedAndSkippedWhileOthersLoad() {
        var problems: [LexiconError] = []
        let text = """
            # comment
            好村\thao3 cun1
            缺制表符 que1 zhi4 biao3 fu2
            三个字\tsan1 ge4
            坏拼音\thuai4 pin1 yin
            好村\thao4 cun1
            """
        let lexicon = OverrideLexicon(text: text, file: "voices/lexicon.local.tsv", problems: &problems)
        XCTAssertEqual(problems.map(\.line), [3, 4, 5, 6])
        XCTAssertTrue(problems[0].description.hasPrefix("voices/lexicon.local.tsv:3:1: error: expected 词<TAB>pinyin"), problems[0].description)
        XCTAssertTrue(problems[1].description.contains("三个字 has 3 characters but 2 syllables"), problems[1].description)
        XCTAssertEqual(problems[1].chinese, "三个字 有 3 个字，却有 2 个音节", "each problem carries its Chinese (issue 14)")
        XCTAssertEqual(problems.filter { $0.chinese == nil }, [])
        XCTAssertTrue(problems[2].description.contains("\"yin\" is not a tone-numbered pinyin syllable"), problems[2].description)
        XCTAssertTrue(problems[3].description.contains("already defined on line 2"), problems[3].description)
        XCTAssertEqual(lexicon.syllables(for: "好村"), ["hao4", "cun1"], "the later line wins")
        XCTAssertNil(lexicon.syllables(for: "三个字"))
    }

    func testLocalEntriesOverrideEverythingAndReloadPicksUpEdits() throws {
        // 长 in this made-up village name is read zhang3, against the model and the lexicon.
        let dir = try voicesWithLocalLexicon("长乐村\tzhang3 le4 cun1\n错行\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = try MandarinReader(voicesDirectory: dir)
        XCTAssertEqual(reader.perChar("欢迎来到长乐村"), "huan1 ying2 lai2 dao4 zhang3 le4 cun1")
        XCTAssertEqual(reader.lexiconProblems.map(\.description),
                       [dir.appendingPathComponent("lexicon.local.tsv").path + ":2:1: error: expected 词<TAB>pinyin (a TAB between the word and its syllables), got \"错行\""])

        try "长乐村\tchang2 yue4 cun1\n".write(to: dir.appendingPathComponent("lexicon.local.tsv"), atomically: true, encoding: .utf8)
        let reloaded = reader.reloadingLocalLexicon()
        XCTAssertEqual(reloaded.perChar("长乐村"), "chang2 yue4 cun1")
        XCTAssertEqual(reloaded.lexiconProblems, [])
        XCTAssertEqual(reader.perChar("长乐村"), "zhang3 le4 cun1", "the old reader is unchanged")
    }

    func testEntriesWithDigitsOrLettersAreRejectedWithTheFix() {
        var problems: [LexiconError] = []
        _ = OverrideLexicon(text: "3号楼\tsan1 hao4 lou2\nA区\tei1 qu1\n", file: "l.tsv", problems: &problems)
        XCTAssertEqual(problems.map(\.line), [1, 2])
        XCTAssertTrue(problems[0].description.contains("write the word in hanzi as it is read (三号楼, not 3号楼)"), problems[0].description)
    }

    func testARareCharacterKnownOnlyToTheLocalLexiconIsRead() throws {
        // U+2EBF0 has no reading in the generated data: alone it is skipped, in the name it is read.
        let dir = try voicesWithLocalLexicon("\u{2EBF0}山村\tqi2 shan1 cun1\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = try MandarinReader(voicesDirectory: dir)
        XCTAssertEqual(reader.perChar("到\u{2EBF0}山村去"), "dao4 qi2 shan1 cun1 qu4")
        XCTAssertEqual(reader.reading(of: "到\u{2EBF0}山村去").pinyin, "dao4 qi2shan1cun1 qu4")
        let alone = reader.reading(of: "\u{2EBF0}水")
        XCTAssertEqual(alone.pinyin, "shui3")
        XCTAssertEqual(alone.warnings.count, 1, "\(alone.warnings)")
    }

    func testShippedLocalLexiconLoadsCleanly() throws {
        var problems: [LexiconError] = []
        let lexicon = OverrideLexicon.load(voicesDirectory.appendingPathComponent("lexicon.local.tsv"), problems: &problems)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lexicon.syllables(for: "檀山村"), ["tan2", "shan1", "cun1"])
    }

    /// Both languages for every lexicon message (issue 14).
    func testEveryLexiconMessageHasBothLanguages() {
        XCTAssertEqual(CatalogAudit.problems(LexiconMessage.self), [])
    }
}
