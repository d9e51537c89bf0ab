import Messages
import Testing
@testable import Vocabulary

/// The shared value grammars speak both languages; a diagnostic prints in either.
@Suite struct VocabularyMessageTests {
    @Test func everyCatalogEntryHasBothLanguages() {
        #expect(CatalogAudit.problems(VocabularyMessage.self) == [])
        #expect(CatalogAudit.problems(RecordingMessage.self) == [])
    }

    @Test func errorsCarryTheirChinese() {
        #expect(throws: ValueError("'2x' is not a length of time — write it like 30s, 10m, 2h or 1h30m")) {
            try DurationText.seconds("2x")
        }
        do {
            _ = try SinkChoice(parsing: "speaker")
            Issue.record("accepted an unknown output")
        } catch {
            #expect(error.text.chinese == "不认识的输出 'speaker'，请写 'auto'、'alsa:设备名'（例如 'alsa:default'）、'wav:文件夹' 或 'null'")
        }
    }

    @Test func diagnosticsPrintInEitherLanguage() {
        let both = Diagnostic(file: "a.yaml", line: 3, column: 8, severity: .error,
                              text: LocalizedText(english: "time 24:00 does not exist", chinese: "时间 24:00 不存在"))
        #expect(both.description(in: .english) == "a.yaml:3:8: error: time 24:00 does not exist")
        #expect(both.description(in: .chinese) == "a.yaml 第 3 行第 8 列 错误：时间 24:00 不存在")
        // A maker without a Chinese text (a voice profile) still prints, in English words.
        let english = Diagnostic(file: "v.yaml", severity: .warning, message: "not UTF-8 text")
        #expect(english.description(in: .chinese) == "v.yaml 第 1 行第 1 列 警告：not UTF-8 text")
    }
}
