import Foundation
import Testing
@testable import Schedule

/// Files as Windows Notepad saves them.
@Suite struct EncodingTests {
    @Test func utf8WithBOM() throws {
        let result = try parseFixture("bom.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.program?.title == "带BOM")
        #expect(result.program?.dailyTimes.map(\.time.description) == ["08:00"])
    }

    @Test func crlfLineEndsLeaveNoCarriageReturnInTheText() throws {
        let result = try parseFixture("crlf.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.program?.text == "第一行\n第二行")
        #expect(result.program?.title == "Windows 记事本")
    }

    @Test func positionsStayRightWithBOMAndCRLF() throws {
        #expect(try parseFixture("bom-crlf-error.yaml").diagnostics.map(\.description) == [
            "bom-crlf-error.yaml:5:1: error: unknown key 'tmes' — did you mean 'times'?"])
    }

    @Test func gbkGetsOneErrorSayingHowToSaveAsUTF8() throws {
        let result = try parseFixture("gbk.yaml")
        #expect(result.program == nil)
        #expect(result.diagnostics.map(\.description) == [
            "gbk.yaml:1:8: error: this file is not saved as UTF-8 (it looks like GBK/ANSI, the Chinese Windows default) — in Notepad choose 文件 → 另存为 (File → Save As), set 编码 (Encoding) to UTF-8, and save again"])
    }

    @Test func utf16IsNamedAsSuch() throws {
        let result = try parseFixture("utf16.yaml")
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.hasPrefix("this file is saved as UTF-16 (\"Unicode\"), not UTF-8"))
    }

    @Test func invalidByteAfterChineseTextIsLocatedByCharacter() {
        // Line 2, after "text: 请" (7 characters): the 8th column holds the bad byte.
        var bytes = Array("title: a\ntext: 请".utf8)
        bytes += [0xC7, 0x41, 0x0A]
        let result = ScheduleFileParser(knownVoices: nil).parse(data: Data(bytes), name: "x.yaml", path: "x.yaml")
        #expect(result.errors.map { "\($0.line):\($0.column)" } == ["2:8"])
    }
}
