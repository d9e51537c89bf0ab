import Testing
import Vocabulary

/// The one duration grammar: what `gap:`, `every:`, `grace:` and `--expires` all accept.
@Suite struct DurationTextTests {
    @Test(arguments: [
        ("30m", 1800.0), ("2h", 7200), ("1d", 86_400), ("90s", 90), ("1h30m", 5400), ("1.5s", 1.5),
        ("2 h", 7200), ("2H", 7200), ("10min", 600), ("3 minutes", 180), ("1 day", 86_400), ("2days", 172_800),
    ])
    func latinUnits(text: String, seconds: Double) throws {
        #expect(try DurationText.seconds(text) == seconds)
    }

    @Test(arguments: [
        ("2小时", 7200.0), ("30分钟", 1800), ("30秒", 30), ("1天", 86_400), ("1小时30分钟", 5400),
        ("２小时", 7200), ("10分", 600), ("2钟头", 7200), ("5秒钟", 5), ("2 小时", 7200),
    ])
    func chineseUnits(text: String, seconds: Double) throws {
        #expect(try DurationText.seconds(text) == seconds)
    }

    @Test func bareNumberOnlyWhenTheUnitIsKnown() throws {
        #expect(try DurationText.seconds("5", bareUnit: 1) == 5)
        #expect(throws: ValueError("'5' is not a length of time — write it like 30s, 10m, 2h or 1h30m")) {
            try DurationText.seconds("5")
        }
    }

    @Test(arguments: ["", "soon", "m30", "2 weeks", "2小", "1h30", "-5m", "1e3s", "两小时", "2hh", "30 分钟 后"])
    func badInputSaysHowToWriteIt(text: String) {
        #expect(throws: ValueError("'\(text)' is not a length of time — write it like 30s, 10m, 2h or 1h30m")) {
            try DurationText.seconds(text)
        }
    }
}
