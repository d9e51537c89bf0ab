// Validates one program file's YAML tree into a Program, reporting every problem found.
import Foundation
import Messages
import Vocabulary
import Yams

enum ProgramParser {
    /// Keys of a program file; the Chinese spellings are documented in schedules/README.md.
    static let keys = KeyTable([
        KeySpec(name: "title", aliases: ["标题"]),
        KeySpec(name: "text", aliases: ["内容"]),
        KeySpec(name: "days", aliases: ["日期"]),
        KeySpec(name: "times", aliases: ["时间"]),
        KeySpec(name: "every", aliases: ["每隔"]),
        KeySpec(name: "between", aliases: ["时段"]),
        KeySpec(name: "from", aliases: ["开始日期"]),
        KeySpec(name: "until", aliases: ["结束日期"]),
        KeySpec(name: "except", aliases: ["除外"]),
        KeySpec(name: "repeat", aliases: ["遍数"]),
        KeySpec(name: "gap", aliases: ["间隔"]),
        KeySpec(name: "voice", aliases: ["音色"]),
        KeySpec(name: "priority", aliases: ["优先级"]),
        KeySpec(name: "chime", aliases: ["提示音"]),
        KeySpec(name: "volume", aliases: ["音量"]),
        KeySpec(name: "audio", aliases: ["录音"]),
        KeySpec(name: "zones", aliases: ["分区"]),
    ])

    /// Longest text the daemon accepts for one announcement (same bound as `dalaba say`).
    static let maxTextLength = 2000
    static let maxGap: TimeInterval = 600

    static let priorityNames: [String: Priority] = [
        "low": .low, "低": .low, "normal": .normal, "普通": .normal, "一般": .normal,
        "high": .high, "高": .high, "emergency": .emergency, "紧急": .emergency,
    ]

    static func parse(root: Node, id: String, file: String, path: String = "", knownVoices: Set<String>?,
                      sink: inout DiagnosticSink) -> Program? {
        guard case .mapping(let mapping) = root else {
            sink.error(root.position, StructureHints.notAMappingMessage(
                root, what: ScheduleMessage.whatProgramFile(),
                keys: LocalizedText(english: "title, text, days, times", chinese: "title、text、days、times")))
            return nil
        }
        let fields = FieldReader(mapping: mapping, keys: keys, what: ScheduleMessage.whatProgram(), sink: &sink)
        let title = readText(fields["title"], what: "title", example: "title: 早间防疫提醒",
                             at: root.position, sink: &sink)
        // A recording (`audio:`) may stand alone or go with a text, in the order written.
        let audio = fields["audio"].flatMap {
            readText($0, what: "audio", example: "audio: 通知.mp3", at: root.position, sink: &sink)
        }.map { resolve(recording: $0, besides: path) }
        let audioFirst = audio != nil && fields["text"].map { fields["audio"]!.keyPosition.line < $0.keyPosition.line } ?? true
        let text = audio != nil && fields["text"] == nil ? "" : readText(fields["text"], what: "text",
                            example: LocalizedText(english: "text: | followed by the words on the next lines",
                                                   chinese: "text: |（下一行起写要播的话）"),
                            at: root.position, sink: &sink)
        if let text, text.count > maxTextLength {
            sink.error(fields["text"]!.value.position,
                       ScheduleMessage.textTooLong(["count": text.count, "max": maxTextLength]))
        }
        let days = DaysReader.read(fields["days"], at: root.position, sink: &sink)
        let times = TimesReader.read(times: fields["times"], every: fields["every"], between: fields["between"],
                                     at: root.position, sink: &sink)
        let window = readWindow(fields, sink: &sink)
        let repeatCount = fields["repeat"].map {
            FieldReader.value($0, sink: &sink, example: "repeat: 2") { text throws(ValueError) in
                try ValueSyntax.count(text, in: Repetition.counts, what: LocalizedText(english: "repeat", chinese: "遍数"))
            }
        } ?? 1
        let gap = fields["gap"].map { readGap($0, sink: &sink) } ?? Program.defaultGap
        let voice = fields["voice"].flatMap { readVoice($0, known: knownVoices, sink: &sink) }
        let priority = fields["priority"].map {
            FieldReader.value($0, sink: &sink, example: "priority: normal", parsePriority)
        } ?? .normal
        let chime = fields["chime"].map {
            FieldReader.value($0, sink: &sink, example: "chime: true", ValueSyntax.bool)
        } ?? true
        let volume = fields["volume"].flatMap {
            FieldReader.value($0, sink: &sink, example: "volume: 60%") { text throws(ValueError) in try VolumeLevel(parsing: text) }
        }
        let zones = fields["zones"].map { readZones($0, sink: &sink) }

        if let days, let window { warnIfNeverPlays(days, window, fields, sink: &sink) }
        guard !sink.hasErrors, let title, let text, let days, let times, let window,
              let repeatCount, let gap, let priority, let chime else { return nil }
        return Program(
            id: id, file: file, title: title, text: text, days: days, times: times,
            from: window.from, until: window.until, except: window.except,
            repeatCount: repeatCount, gap: gap, voice: voice, priority: priority, chime: chime,
            keyLines: fields.fields.mapValues(\.keyPosition.line), volume: volume, audio: audio, audioFirst: audioFirst,
            zones: zones?.selection ?? .all, zonePositions: zones?.positions ?? [:])
    }

    /// `zones: [东头, 西头]`, `zones: 东头，西头` or one name; `all` / 全部 is every zone.
    private static func readZones(_ field: Field, sink: inout DiagnosticSink)
        -> (selection: ZoneSelection, positions: [ZoneName: SourcePosition]) {
        let items = ListItems.read(field, sink: &sink, example: "zones: [东头, 西头]")
        var positions: [ZoneName: SourcePosition] = [:]
        for item in items {
            guard let name = try? ZoneName(parsing: item.text) else { continue }
            if positions[name] == nil { positions[name] = item.position }
        }
        do {
            return (try ZoneSelection(names: items.map(\.text)), positions)
        } catch {
            // The first item that is not a name, or the list itself for `all` among names.
            let bad = items.first { (try? ZoneName(parsing: $0.text)) == nil }
            sink.error(bad?.position ?? field.value.position, error.text)
            return (.all, [:])
        }
    }

    /// A recording's path as the daemon opens it: absolute as written, else beside the program
    /// file (in the schedules folder).
    static func resolve(recording: String, besides programPath: String) -> String {
        if recording.hasPrefix("/") || programPath.isEmpty { return recording }
        return ((programPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(recording)
    }

    private static func readText(_ field: Field?, what: String, example: any MessageValue, at position: SourcePosition,
                                 sink: inout DiagnosticSink) -> String? {
        guard let field else {
            sink.missing(what, position, ScheduleMessage.missingKey(["key": keys.name(what), "example": example]))
            return nil
        }
        guard let raw = FieldReader.scalarText(field, sink: &sink, example: example) else { return nil }
        let trimmed = raw.trimmed(newlines: true)
        guard !trimmed.isEmpty else {
            sink.error(field.keyPosition, ScheduleMessage.emptyText(["what": keys.name(what), "key": field.spelling]))
            return nil
        }
        return trimmed
    }

    struct Window {
        var from: LocalDate?
        var until: LocalDate?
        var except: Set<LocalDate>
    }

    private static func readWindow(_ fields: FieldReader, sink: inout DiagnosticSink) -> Window? {
        let errorsBefore = sink.diagnostics.count(where: \.isError)
        let from = fields["from"].flatMap {
            FieldReader.value($0, sink: &sink, example: "from: 2026-12-01", ValueSyntax.date)
        }
        let until = fields["until"].flatMap {
            FieldReader.value($0, sink: &sink, example: "until: 2027-01-31", ValueSyntax.date)
        }
        if let from, let until, until < from, let field = fields["until"] {
            sink.error(field.value.position,
                       ScheduleMessage.untilBeforeFrom(["until": until.description, "from": from.description]))
        }
        var except = Set<LocalDate>()
        if let field = fields["except"] {
            for item in ListItems.read(field, sink: &sink, example: "except: [2026-10-01, 2026-10-02]") {
                do { except.insert(try ValueSyntax.date(item.text)) } catch { sink.error(item.position, error.text) }
            }
        }
        let errorsAfter = sink.diagnostics.count(where: \.isError)
        return errorsAfter == errorsBefore ? Window(from: from, until: until, except: except) : nil
    }

    private static func readGap(_ field: Field, sink: inout DiagnosticSink) -> TimeInterval? {
        guard let seconds = FieldReader.value(field, sink: &sink, example: "gap: 5s", { text throws(ValueError) in
            try ValueSyntax.duration(text, bareUnit: 1)
        }) else { return nil }
        guard seconds <= maxGap else {
            sink.error(field.value.position, ScheduleMessage.gapTooLong(["gap": field.value.scalar?.string.trimmed() ?? ""]))
            return nil
        }
        return seconds
    }

    private static func readVoice(_ field: Field, known: Set<String>?, sink: inout DiagnosticSink) -> String? {
        guard let raw = FieldReader.scalarText(field, sink: &sink, example: "voice: standard") else { return nil }
        let name = raw.trimmed()
        guard let known, !known.contains(name) else { return name }
        let names = LocalizedText(english: known.sorted().joined(separator: ", "), chinese: known.sorted().joined(separator: "、"))
        let list = known.isEmpty ? ScheduleMessage.noVoices() : ScheduleMessage.voiceList(["names": names])
        if let near = KeySuggestion.nearest(to: name, among: known.sorted()) {
            sink.error(field.value.position, ScheduleMessage.unknownVoiceDidYouMean(["name": name, "near": near, "list": list]))
        } else {
            sink.error(field.value.position, ScheduleMessage.unknownVoice(["name": name, "list": list]))
        }
        return nil
    }

    private static func parsePriority(_ raw: String) throws(ValueError) -> Priority {
        let text = raw.trimmed()
        if let priority = priorityNames[text.lowercased()] { return priority }
        if let near = KeySuggestion.nearest(to: text, among: Priority.allCases.map(\.rawValue)) {
            throw ValueError(ScheduleMessage.unknownPriorityDidYouMean(["priority": raw, "near": near]))
        }
        throw ValueError(ScheduleMessage.unknownPriority(["priority": raw]))
    }

    /// A list of dates that all fall outside from/until is almost surely a typo in a year.
    private static func warnIfNeverPlays(_ days: DaysRule, _ window: Window, _ fields: FieldReader,
                                         sink: inout DiagnosticSink) {
        guard case .selected(let weekdays, let dates) = days, weekdays.isEmpty, !dates.isEmpty,
              let field = fields["days"] else { return }
        let playable = dates.filter { date in
            (window.from.map { date >= $0 } ?? true) && (window.until.map { date <= $0 } ?? true)
                && !window.except.contains(date)
        }
        if playable.isEmpty {
            sink.warning(field.keyPosition, ScheduleMessage.neverPlays())
        }
    }
}
