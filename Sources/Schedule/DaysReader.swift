// `days:` — daily | weekdays | weekends | weekday names | dates (or a mix of names and dates).
import Messages

enum DaysReader {
    static let example = LocalizedText(
        english: "days: daily (or weekdays, weekends, [mon, thu], [2026-12-01, 2026-12-08])",
        chinese: "days: daily（或 weekdays、weekends、[mon, thu]、[2026-12-01, 2026-12-08]）")

    static let weekdayNames: [String: Weekday] = {
        var names: [String: Weekday] = [:]
        let chinese = ["一", "二", "三", "四", "五", "六", "日"]
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for day in Weekday.allCases {
            let i = day.rawValue - 1
            names[day.shortName] = day
            names[english[i]] = day
            for prefix in ["周", "星期", "礼拜"] { names[prefix + chinese[i]] = day }
        }
        for prefix in ["周", "星期", "礼拜"] { names[prefix + "天"] = .sunday }
        return names
    }()

    static let groups: [String: Set<Weekday>] = {
        let all = Set(Weekday.allCases)
        let weekend: Set<Weekday> = [.saturday, .sunday]
        return ["daily": all, "每天": all, "天天": all,
                "weekdays": all.subtracting(weekend), "工作日": all.subtracting(weekend),
                "weekends": weekend, "周末": weekend]
    }()

    static func read(_ field: Field?, at position: SourcePosition, sink: inout DiagnosticSink) -> DaysRule? {
        guard let field else {
            sink.missing("days", position, ScheduleMessage.missingKey(["key": ProgramParser.keys.name("days"), "example": example]))
            return nil
        }
        let errorsBefore = sink.diagnostics.count(where: \.isError)
        var weekdays = Set<Weekday>()
        var dates = Set<LocalDate>()
        for item in ListItems.read(field, sink: &sink, example: example) {
            let word = ValueSyntax.normalizeWidth(item.text).lowercased()
            if let group = groups[word] {
                weekdays.formUnion(group)
            } else if let day = weekdayNames[word] {
                weekdays.insert(day)
            } else if word.first?.isNumber == true {
                do { dates.insert(try ValueSyntax.date(item.text)) } catch { sink.error(item.position, error.text) }
            } else {
                sink.error(item.position, unknownDayMessage(item.text))
            }
        }
        guard sink.diagnostics.count(where: \.isError) == errorsBefore else { return nil }
        switch weekdays {
        case _ where !dates.isEmpty: return .selected(weekdays: weekdays, dates: dates)
        case groups["daily"]!: return .daily
        case groups["weekdays"]!: return .weekdays
        case groups["weekends"]!: return .weekends
        default: return .selected(weekdays: weekdays, dates: dates)
        }
    }

    private static func unknownDayMessage(_ text: String) -> LocalizedText {
        let candidates = Weekday.allCases.map(\.shortName) + ["daily", "weekdays", "weekends"]
            + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if let near = KeySuggestion.nearest(to: text, among: candidates) {
            return ScheduleMessage.unknownDayDidYouMean(["day": text.prefix(40), "near": near])
        }
        return ScheduleMessage.unknownDay(["day": text.prefix(40)])
    }
}
