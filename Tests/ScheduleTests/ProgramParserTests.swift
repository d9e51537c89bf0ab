import Foundation
import Testing
@testable import Schedule
import Vocabulary

@Suite struct ProgramParserTests {
    @Test func readsUnquotedTimesByTheirTextNotAsSexagesimalNumbers() throws {
        let result = try parseFixture("time-trap.yaml")
        #expect(result.diagnostics.isEmpty)
        let program = try #require(result.program)
        guard case .at(let entries) = program.times else { Issue.record("expected a times list"); return }
        #expect(entries.map(\.time.description) == ["08:05", "08:05:30", "12:00", "18:30"])
        // Each time keeps the line it was written on (for `schedule show`).
        #expect(entries.map(\.line) == [7, 8, 6, 9])
    }

    @Test func reportsBothErrorsOfAFileWithTwoErrors() throws {
        let result = try parseFixture("two-errors.yaml")
        #expect(result.program == nil)
        // The typo 'tmes' is not reported a second time as "missing 'times'".
        #expect(result.diagnostics.map(\.description) == [
            "two-errors.yaml:4:1: error: unknown key 'tmes' — did you mean 'times'?",
            "two-errors.yaml:5:11: error: unknown priority 'urgent' (use low, normal, high or emergency — 低 / 普通 / 高 / 紧急)",
        ])
    }

    @Test func everyImpossibleTimeIsReportedAtItsColumn() throws {
        let result = try parseFixture("impossible-times.yaml")
        let found = result.errors.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found == [
            "4:9 time 24:00 does not exist — use 00:00 (it belongs to the next day) or 23:59",
            "4:16 time 07:60 does not exist — minutes go from 00 to 59",
            "4:23 time 25:10 does not exist — hours go from 00 to 23",
            "4:30 '7.30' is not a time — write hours and minutes like 07:30 (or 07:30:15 with seconds)",
            "4:36 time 12:00:61 does not exist — seconds go from 00 to 59",
        ])
    }

    @Test func datesAndWindowErrors() throws {
        let result = try parseFixture("bad-dates.yaml")
        let found = result.errors.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found == [
            "3:8 date 2026-02-29 does not exist — February 2026 has 28 days",
            "3:20 unknown day 'thurs' — did you mean 'thu'? (write mon…sun or 周一…周日, a date like 2026-12-01, or daily / weekdays / weekends)",
            "6:8 'until' 2027-01-10 is before 'from' 2027-02-01 — the program would never play; check the two dates",
            "7:10 date 2026-13-01 does not exist — months go from 1 to 12 (year-month-day order)",
        ])
    }

    @Test func wrongTypesAndUnknownVoice() throws {
        let result = try parseFixture("wrong-types.yaml")
        let found = result.errors.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found == [
            "1:8 'title' must be a single value, not a list — e.g. title: 早间防疫提醒",
            "3:3 'text' must be a single value, not a group of keys — e.g. text: | followed by the words on the next lines",
            "6:9 'many' is not a whole number — write repeat as a number like 2",
            "7:8 'maybe' is not yes or no — write true or false (是 / 否)",
            "8:8 unknown voice 'slwo' — did you mean 'slow'? (voices are: slow, standard)",
            "9:6 gap 20m is too long — use at most 10m",
        ])
    }

    @Test func chineseKeysAndValues() throws {
        let result = try parseFixture("chinese-keys.yaml")
        #expect(result.diagnostics.isEmpty)
        let program = try #require(result.program)
        #expect(program.title == "中文键名")
        #expect(program.text == "各位村民请注意。")
        #expect(program.days == .selected(weekdays: [.monday, .wednesday, .sunday], dates: []))
        #expect(program.dailyTimes.map(\.time.description) == ["07:30", "12:00", "18:00"])
        #expect(program.repeatCount == 2)
        #expect(program.gap == 10)
        #expect(program.priority == .emergency)
        #expect(program.chime == false)
    }

    @Test func intervalForm() throws {
        let program = try #require(try parseFixture("every-rule.yaml").program)
        #expect(program.days == .weekdays)
        #expect(program.dailyTimes.map(\.time.description) == ["08:00", "10:00", "12:00", "14:00", "16:00", "18:00"])
        #expect(program.dailyTimes.allSatisfy { $0.line == 4 })
    }

    @Test func intervalFormMistakes() {
        func errors(_ yaml: String) -> [String] { parseText(yaml).errors.map(\.message) }
        #expect(errors(program("between: 08:00-18:00", times: "every: 2h")) == [])
        #expect(errors(program(times: "every: 2h")) == ["'every' needs 'between' too — add a line like 'between: 08:00-18:00'"])
        #expect(errors(program("every: 2h")) == ["use either 'times' or 'every', not both — remove one"])
        #expect(errors(program("between: 20:00-06:00", times: "every: 2h")) == [
            "'between: 20:00-06:00' runs past midnight — 'every' works within one day; split it into two programs"])
        #expect(errors(program("between: 08:00-18:00", times: "every: 1m")) == [
            "'every' must be between 5m and 24h in whole seconds — e.g. every: 30m or every: 2h"])
        #expect(errors(program("between: 08:00-18:00", times: "every: 2")) == [
            "'2' is not a length of time — write it like 30s, 10m, 2h or 1h30m"])
        #expect(errors(program("between: 08:00-18:00")) == [
            "'between' only goes with 'every' — remove it or replace 'times' by 'every'"])
    }

    @Test func emptyTextIsAnError() throws {
        let result = try parseFixture("empty-text.yaml")
        #expect(result.errors.map(\.description) == ["empty-text.yaml:2:1: error: text is empty — write it after 'text:'"])
    }

    @Test func missingKeysAreEachReported() {
        let result = parseText("title: 只有标题\n")
        #expect(result.errors.map(\.message) == [
            "missing 'text' — add a line like 'text: | followed by the words on the next lines'",
            "missing 'days' — add a line like 'days: daily (or weekdays, weekends, [mon, thu], [2026-12-01, 2026-12-08])'",
            "missing 'times' — add a line like 'times: [07:30, 12:00]', or 'every: 2h' with 'between: 08:00-18:00'",
        ])
    }

    @Test func emptyListsAreReportedEvenWithOtherErrors() {
        let result = parseText("title: [x]\ntext: 好\ndays: []\ntimes: []\n")
        #expect(result.errors.map(\.description) == [
            "test.yaml:1:8: error: 'title' must be a single value, not a list — e.g. title: 早间防疫提醒",
            "test.yaml:3:1: error: 'days' lists nothing — e.g. days: daily (or weekdays, weekends, [mon, thu], [2026-12-01, 2026-12-08])",
            "test.yaml:4:1: error: 'times' lists nothing — e.g. times: [07:30, 12:00]",
        ])
    }

    @Test func defaultsWhenOptionalKeysAreAbsent() throws {
        let program = try #require(parseText(program(), name: "handwash.yml").program)
        #expect(program.id == "handwash")
        #expect(program.file == "handwash.yml")
        #expect(program.repeatCount == 1)
        #expect(program.gap == Program.defaultGap)
        #expect(program.voice == nil)
        #expect(program.priority == .normal)
        #expect(program.chime)
        #expect(program.from == nil && program.until == nil && program.except.isEmpty)
    }

    @Test func repeatedKeyIsAnErrorEvenUnderItsChineseName() {
        let result = parseText(program("标题: 第二个标题"))
        #expect(result.errors.map(\.description) == [
            "test.yaml:5:1: error: '标题' is given twice — it is already at line 1 (as 'title'); keep one"])
        let plain = parseText(program("title: again"))
        #expect(plain.errors.map(\.description) == ["test.yaml:5:1: error: 'title' is given twice — it is already at line 1; keep one"])
        let nested = parseText("amplifier:\n  hold: 1s\n  warm_up: 2s\n  hold: 3s\n", name: "station.yaml")
        #expect(nested.errors.map(\.description) == ["station.yaml:4:3: error: 'hold' is given twice — it is already at line 2; keep one"])
    }

    @Test func duplicateTimeIsAWarningAndPlaysOnce() throws {
        let result = parseText(program(times: "times: [08:00, 12:00, 8:00]"))
        #expect(result.warnings.map(\.description) == [
            "test.yaml:4:23: warning: time 08:00 is listed twice (also at line 4) — it plays once"])
        #expect(try #require(result.program).dailyTimes.count == 2)
    }

    @Test func datesThatNeverPlayGiveAWarning() {
        let result = parseText(program("from: 2027-01-01", days: "days: [2026-12-01]"))
        #expect(result.program != nil)
        #expect(result.warnings.map(\.message) == [
            "none of the listed days is between 'from' and 'until' (or all are in 'except') — this program never plays"])
    }

    @Test func voiceCheckCanBeSkipped() {
        #expect(parseText(program("voice: anything"), voices: nil).program?.voice == "anything")
        #expect(parseText(program("voice: anything"), voices: []).errors.map(\.message) == [
            "unknown voice 'anything' — no voices are installed"])
    }

    @Test func tooLongTextIsRefused() {
        let text = String(repeating: "请勤洗手。", count: 401)
        let result = parseText("title: 长\ntext: \(text)\ndays: daily\ntimes: [08:00]\n")
        #expect(result.errors.map(\.message) == [
            "text is 2005 characters long — at most 2000 can be read in one announcement; split it into two programs"])
    }
}

@Suite struct LayoutMistakeTests {
    @Test func tabIndentation() throws {
        #expect(try parseFixture("tab-indent.yaml").errors.map(\.description) == [
            "tab-indent.yaml:5:1: error: this line is indented with a tab — YAML needs spaces; replace the tab with spaces"])
    }

    @Test func chineseColonAfterAKey() throws {
        #expect(try parseFixture("chinese-colon.yaml").errors.map(\.description) == [
            "chinese-colon.yaml:2:5: error: after 'text' use the English colon ':' (followed by a space), not the Chinese '：'"])
    }

    @Test func wholeFileWithChineseColons() {
        let result = parseText("标题：早间提醒\n内容：请勤洗手\n")
        #expect(result.errors.map(\.message) == [
            "a program file needs 'key: value' lines, but no line has an English colon ':' — the Chinese '：' does not count"])
    }

    @Test func missingSpaceAfterColon() {
        let result = parseText("title:早间提醒\ntext: 请勤洗手\ndays: daily\ntimes: [08:00]\n")
        #expect(result.errors.map(\.description) == [
            "test.yaml:1:7: error: put a space after 'title:' — write 'title: 早间提醒'"])
    }

    @Test func keyIndentedUnderAnother() {
        #expect(parseText("title: a\n  text: b\ndays: daily\n").errors.map(\.description) == [
            "test.yaml:2:1: error: 'text' is indented more than 'title' above it — start it at the same column"])
    }

    @Test func textLinesNotIndentedUnderTheBlock() {
        let yaml = "title: 提醒\ntext: |\n各位村民，请注意。\n请戴口罩\ndays: daily\ntimes: [8:00]\n"
        #expect(parseText(yaml).errors.map(\.description) == [
            "test.yaml:3:1: error: this line is not 'key: value' — if it belongs to 'text', write 'text: |' and indent its lines by two spaces"])
    }

    @Test func otherBrokenLayoutGetsTheGeneralAdvice() {
        let result = parseText("title: a\n- b\n")
        #expect(result.errors.map(\.description) == [
            "test.yaml:2:1: error: the layout is broken here (did not find expected key) — each line should be 'key: value', list entries start with '- ', and lines of one block are indented alike"])
    }

    @Test func notAMapping() {
        #expect(parseText("- title: a\n").errors.map(\.message) == [
            "a program file must be made of 'key: value' lines (title, text, days, times…), not a list"])
        #expect(parseText("").errors.map(\.message) == [
            "this file is empty — a program needs at least title, text, days and times"])
        #expect(parseText("# only a comment\n").errors.count == 1)
    }

    @Test func controlCharacterIsLocated() {
        let result = parseText("title: a\ntext: b\u{01}c\n")
        #expect(result.errors.map(\.description) == [
            "test.yaml:2:8: error: this file contains a character that is not allowed (control characters are not allowed) — remove it or retype the line"])
    }

    @Test func unterminatedQuote() {
        let result = parseText("title: \"早间提醒\ntext: b\n")
        #expect(result.errors.map(\.description) == [
            "test.yaml:1:8: error: the quote opened here is never closed — end the value with the same quote mark, or remove it"])
    }

    @Test func twoDocumentsInOneFile() {
        let result = parseText(program() + "\n---\n" + program())
        #expect(result.errors.count == 1)
        #expect(result.program == nil)
    }
}
