import Foundation
import Messages
import Testing
@testable import Schedule
import Vocabulary

/// Every schedule diagnostic exists in Chinese, in the glossary's words, and the README shows
/// what `schedule check` really prints in both languages.
@Suite struct ChineseDiagnosticTests {
    @Test func everyCatalogEntryHasBothLanguages() {
        #expect(CatalogAudit.problems(ScheduleMessage.self) == [])
    }

    /// Every diagnostic the fixtures give has a Chinese text that is Chinese (the audit checks
    /// the templates; this checks what the values make of them).
    @Test func everyFixtureDiagnosticReadsAsChinese() throws {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        var seen = 0
        for sub in ["", "readme", "fuzz"] {
            let dir = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".yaml") {
                let data = try Data(contentsOf: dir.appendingPathComponent(name))
                for diagnostic in ScheduleFileParser(knownVoices: testVoices).parse(data: data, name: name, path: name).diagnostics {
                    seen += 1
                    Self.expectChinese(diagnostic)
                }
            }
        }
        #expect(seen > 20)
    }

    static func expectChinese(_ diagnostic: Diagnostic, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let chinese = diagnostic.chinese else {
            Issue.record("no Chinese for: \(diagnostic)", sourceLocation: sourceLocation)
            return
        }
        #expect(chinese.unicodeScalars.contains(where: CatalogAudit.isHan), "\(chinese)", sourceLocation: sourceLocation)
        // (A placeholder left without a value stops a debug build in `Placeholders.fill`.)
        #expect(EnglishProse.sentences(in: chinese) == [], "\(chinese)", sourceLocation: sourceLocation)
    }

    @Test func theIssuesExample() {
        let result = parseText(program(times: "times: [24:00]"))
        #expect(result.errors.map { $0.description(in: .chinese) } == ["test.yaml 第 4 行第 9 列 错误：时间 24:00 不存在，请写 23:59 或次日 00:00"])
        // The English is unchanged, and what the journal and --json carry.
        #expect(result.errors.map { $0.description(in: .english) } == [
            "test.yaml:4:9: error: time 24:00 does not exist — use 00:00 (it belongs to the next day) or 23:59"])
        #expect(result.errors[0].description(in: .english) == result.errors[0].description)
    }

    @Test func valuesAndKeysAreNamedTheChineseWay() {
        #expect(parseText(program("repeat: 11")).errors.map { $0.message(in: .chinese) } == ["遍数 11 超出范围，请写 1 到 10"])
        #expect(parseText("title: a\ntext: b\ntimes: [08:00]\n").errors.map { $0.message(in: .chinese) } == [
            "缺少 'days'（日期），请加一行，例如 'days: daily（或 weekdays、weekends、[mon, thu]、[2026-12-01, 2026-12-08]）'"])
        #expect(parseText(program(days: "days: [2026-02-30]")).errors.map { $0.message(in: .chinese) } == [
            "日期 2026-02-30 不存在，2026年2月只有 28 天"])
        let warnings = parseText(program("times: [08:00, 8:00]", times: "")).warnings
        #expect(warnings.map { $0.description(in: .chinese) } == ["test.yaml 第 5 行第 16 列 警告：时间 08:00 写了两次（第 5 行也有），只播一次"])
    }

    /// The example blocks under "Mistakes" in schedules/README.md, English then Chinese, are
    /// exactly what the parser says about the files in Fixtures/readme.
    @Test func readmeExamplesAreWhatCheckPrints() throws {
        let readme = try String(contentsOf: repoRoot.appendingPathComponent("schedules/README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Mistakes")).upperBound
        let blocks = readme[section...].components(separatedBy: "```").enumerated()
            .filter { $0.offset % 2 == 1 }.map { $0.element }.prefix(2)
        let documented = blocks.map { block in
            block.split(separator: "\n").map(String.init).filter { $0.hasPrefix("schedules/") }
        }
        try #require(documented.count == 2)
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("readme")
        var diagnostics: [Diagnostic] = []
        for name in Set(documented.flatMap { $0 }.map { String($0.dropFirst("schedules/".count).prefix { $0 != ":" && $0 != " " }) }).sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            diagnostics += ScheduleFileParser(knownVoices: testVoices).parse(data: data, name: name, path: "schedules/" + name).diagnostics
        }
        #expect(documented[0] == diagnostics.map { $0.description(in: .english) })
        #expect(documented[1] == diagnostics.map { $0.description(in: .chinese) })
        #expect(documented[1].count == 4)
    }
}
