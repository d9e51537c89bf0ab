import ConsolePreview
import Foundation
import XCTest

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let voicesDirectory = repositoryRoot.appendingPathComponent("voices")

/// A voices directory in a temporary folder with the committed profiles and mandarin/ data
/// (symlinked) and `localLexicon` as its voices/lexicon.local.tsv.
func voicesWithLocalLexicon(_ localLexicon: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-preview-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: voicesDirectory.path) where name != "lexicon.local.tsv" {
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent(name),
                                                   withDestinationURL: voicesDirectory.appendingPathComponent(name))
    }
    try localLexicon.write(to: dir.appendingPathComponent("lexicon.local.tsv"), atomically: true, encoding: .utf8)
    return dir
}

/// The 插播 page's reading: the words as segmented, as spoken (after sandhi), and which the
/// station's own lexicon decided.
final class PreviewReadingTests: XCTestCase {
    static let preview: ConsolePreview = try! ConsolePreview(voicesDirectory: voicesDirectory, synthesisWorker: nil)

    func testWordsWithToneMarksAsSpoken() throws {
        let reading = try Self.preview.reading(of: "各位村民，请注意！")
        XCTAssertEqual(reading.pinyin, "ge4wei4 cun1min2, qing3 zhu4yi4.")
        XCTAssertEqual(reading.words.map(\.text), ["各位", "村民", "请", "注意"])
        XCTAssertEqual(reading.words.map(\.pinyin), ["gèwèi", "cūnmín", "qǐng", "zhùyì"])
        XCTAssertEqual(reading.words.map(\.syllables), [["ge4", "wei4"], ["cun1", "min2"], ["qing3"], ["zhu4", "yi4"]])
        XCTAssertEqual(reading.words.map(\.fromLocalLexicon), [false, false, false, false])
        XCTAssertTrue(reading.warnings.isEmpty)
    }

    /// Tone sandhi is what the station says (一 before a fourth tone is yi2, 不 before one is
    /// bu2), not the citation reading.
    func testSandhiIsShownAsSpoken() throws {
        let reading = try Self.preview.reading(of: "一定不要去")
        let syllables = reading.words.flatMap(\.syllables)
        XCTAssertEqual(syllables.first, "yi2", "\(reading.words)")
        XCTAssertTrue(syllables.contains("bu2"), "\(reading.words)")
        XCTAssertTrue(reading.words.map(\.pinyin).joined().hasPrefix("yí"), "\(reading.words)")
    }

    /// Over every sentence of the real-text set: the words' syllables, word by word, are exactly
    /// the station's reading (what eSpeak NG is given), so the page never shows something else.
    func testWordsAreTheStationsReadingForRealNotices() throws {
        let data = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Data/realtext/announcements.tsv"), encoding: .utf8)
        let sentences = data.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[2]) }
        XCTAssertGreaterThan(sentences.count, 150)
        for sentence in sentences {
            let reading = try Self.preview.reading(of: sentence)
            let spokenWords = reading.pinyin.split(whereSeparator: { " ,.".contains($0) }).map(String.init)
            XCTAssertEqual(reading.words.map { $0.syllables.joined() }, spokenWords, sentence)
        }
    }

    func testLocalLexiconWordsAreMarkedAndReloadedWhenTheFileChanges() throws {
        let dir = try voicesWithLocalLexicon("檀山村\ttan2 shan1 cun1\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let preview = try ConsolePreview(voicesDirectory: dir, synthesisWorker: nil)
        let reading = try preview.reading(of: "檀山村的村民请注意")
        XCTAssertEqual(reading.words.first?.text, "檀山村")
        XCTAssertEqual(reading.words.first?.pinyin, "tánshāncūn")
        XCTAssertEqual(reading.words.filter(\.fromLocalLexicon).map(\.text), ["檀山村"])
        XCTAssertTrue(reading.words[0].sources[0].hasPrefix("local lexicon "), "\(reading.words[0].sources)")

        // A clerk's new entry shows at the next preview, as the station reads it after a reload.
        let file = dir.appendingPathComponent("lexicon.local.tsv")
        try "檀山村\ttan2 shan1 cun1\n村民\tcun1 min2\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        XCTAssertEqual(try preview.reading(of: "檀山村的村民请注意").words.filter(\.fromLocalLexicon).map(\.text), ["檀山村", "村民"])
    }

    func testDigitsAndLettersAreReadAsTheStationDoes() throws {
        let reading = try Self.preview.reading(of: "3月5日开会，带好B超单")
        XCTAssertEqual(reading.words.map { $0.syllables.joined() },
                       reading.pinyin.split(whereSeparator: { " ,.".contains($0) }).map(String.init))
        XCTAssertTrue(reading.words.map(\.text).joined().hasPrefix("三月五日"), "\(reading.words.map(\.text))")
        XCTAssertTrue(reading.words.contains { $0.text == "B" && $0.sources == ["spelled letter or digit"] }, "\(reading.words)")
    }

    func testPinyinTypedAsSuchIsPassedThrough() throws {
        let reading = try Self.preview.reading(of: "qing3 zhu4yi4, lv4 se4")
        XCTAssertEqual(reading.pinyin, "qing3 zhu4yi4, lv4 se4")
        XCTAssertEqual(reading.words.map(\.pinyin), ["qǐng", "zhùyì", "lǜ", "sè"])
    }

    func testEmptyAndOverlongTextsAreRefusedInWords() {
        XCTAssertThrowsError(try Self.preview.reading(of: "  \n")) { XCTAssertTrue("\($0)".contains("empty")) }
        XCTAssertThrowsError(try Self.preview.reading(of: String(repeating: "村", count: 2001))) {
            XCTAssertTrue("\($0)".contains("at most 2000"), "\($0)")
        }
    }

    func testToneMarks() {
        XCTAssertEqual(ToneMarks.marked("zhu4yi4"), "zhùyì")
        XCTAssertEqual(ToneMarks.marked("liu4"), "liù")
        XCTAssertEqual(ToneMarks.marked("gui3"), "guǐ")
        XCTAssertEqual(ToneMarks.marked("dou1"), "dōu")
        XCTAssertEqual(ToneMarks.marked("xiong2"), "xióng")
        XCTAssertEqual(ToneMarks.marked("lve4"), "lüè")
        XCTAssertEqual(ToneMarks.marked("nv3"), "nǚ")
        XCTAssertEqual(ToneMarks.marked("le5"), "le")
        XCTAssertEqual(ToneMarks.marked("er4"), "èr")
        XCTAssertEqual(ToneMarks.marked("ge4wei4 cun1min2,"), "gèwèi cūnmín,")
    }
}
