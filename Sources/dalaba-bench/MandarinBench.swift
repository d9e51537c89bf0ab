import Foundation
import Mandarin

/// The Mandarin reader's load time, resident memory and throughput (per-char and full reading)
/// over the CPP dev sentences. The whole-process comparison with pypinyin is tools/bench/mandarin.sh.
func mandarinBench() throws {
    let voices = URL(fileURLWithPath: "voices")
    let before = MemoryStatus.current()
    var start = DispatchTime.now()
    var reader = try MandarinReader(voicesDirectory: voices)
    var loads = [elapsed(since: start)]
    let after = MemoryStatus.current()
    for _ in 0..<4 {
        start = DispatchTime.now()
        reader = try MandarinReader(voicesDirectory: voices)
        loads.append(elapsed(since: start))
    }
    print(String(format: "load: first %.1f ms, median %.1f ms of 5 (budget 150 ms)", loads[0] * 1000, median(loads) * 1000))
    if let before, let after {
        print("resident memory: \(after.vmRSS / 1024) MB with one reader loaded, +\((after.vmRSS - before.vmRSS) / 1024) MB for it (VmRSS)")
    }

    let devURL = URL(fileURLWithPath: "Tests/Data/cpp/dev.sent")
    guard let text = try? String(contentsOf: devURL, encoding: .utf8) else {
        print("CPP dev sentences not found at \(devURL.path): throughput skipped")
        return
    }
    let sentences = text.split(separator: "\n").map { $0.replacingOccurrences(of: "\u{2581}", with: "") }
    var tokens = 0
    start = DispatchTime.now()
    for s in sentences { tokens += reader.perCharacter(s).count }
    let perChar = elapsed(since: start)
    start = DispatchTime.now()
    var syllables = 0
    for s in sentences { syllables += reader.reading(of: s).pinyin.count }
    let full = elapsed(since: start)
    print(String(format: "perCharacter: %d sentences in %.2f s = %.0f sentences/s (%d tokens)",
                 sentences.count, perChar, Double(sentences.count) / perChar, tokens))
    print(String(format: "reading (normalize + G2P + sandhi): %.0f sentences/s",
                 Double(sentences.count) / full))
    _ = syllables
}

private func elapsed(since start: DispatchTime) -> Double { seconds(start, .now()) }

/// What one reader keeps resident (run alone for clean figures: `dalaba-bench mandarin-memory`):
/// VmRSS, RssAnon and RssFile before loading, after loading, after reading the announcements of
/// schedules/*.yaml, and after 1,000 CPP dev sentences per character.
func mandarinMemoryBench() throws {
    // Foundation's own first-use allocations (URL, String(contentsOf:)) belong to the baseline.
    let announcements = try FileManager.default.contentsOfDirectory(atPath: "schedules").sorted()
        .filter { $0.hasSuffix(".yaml") }
        .flatMap { name -> [String] in
            let text = (try? String(contentsOfFile: "schedules/" + name, encoding: .utf8)) ?? ""
            // The Chinese lines of each file: its announcement texts (and titles).
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        }
    let dev = (try? String(contentsOfFile: "Tests/Data/cpp/dev.sent", encoding: .utf8))?
        .split(separator: "\n").prefix(1_000).map { $0.replacingOccurrences(of: "\u{2581}", with: "") } ?? []
    _ = MemoryStatus.current()  // reading smaps grows the heap once: let the baseline include that
    var rows: [(String, MemoryStatus?)] = [("before loading", MemoryStatus.current())]
    let start = DispatchTime.now()
    let reader = try MandarinReader(voicesDirectory: URL(fileURLWithPath: "voices"))
    let load = elapsed(since: start)
    rows.append(("reader loaded", MemoryStatus.current()))
    var spoken = 0
    for text in announcements { spoken += reader.reading(of: text).pinyin.count }
    rows.append(("\(announcements.count) announcement lines read", MemoryStatus.current()))
    for s in dev { spoken += reader.perCharacter(s).count }
    rows.append(("\(dev.count) CPP dev sentences per char", MemoryStatus.current()))
    withExtendedLifetime(reader) {}  // measured above while still mapped
    print(String(format: "load %.1f ms", load * 1000))
    guard let base = rows[0].1 else { print("no /proc/self/status: memory not measured"); return }
    print("                                   VmRSS   RssAnon   RssFile   (kB; Δ from before loading)   lexicon.bin g2pm.bin")
    for (label, m) in rows {
        guard let m else { continue }
        print(label.padding(toLength: 32, withPad: " ", startingAt: 0)
              + String(format: "%8d %9d %9d   Δ %+6d %+6d %+6d", m.vmRSS, m.rssAnon, m.rssFile,
                       m.vmRSS - base.vmRSS, m.rssAnon - base.rssAnon, m.rssFile - base.rssFile)
              + String(format: "   %6d %6d", m.dataFiles["lexicon.bin"] ?? 0, m.dataFiles["g2pm.bin"] ?? 0))
    }
    _ = spoken
}

/// Resident memory from /proc/self/status (Linux), in kB.
private struct MemoryStatus {
    var vmRSS = 0, rssAnon = 0, rssFile = 0
    /// Resident kB of each mapped voices/mandarin/*.bin file (the rest of RssFile is code).
    var dataFiles: [String: Int] = [:]

    static func current() -> MemoryStatus? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        var m = MemoryStatus(), found = 0
        for line in status.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kB = Int(fields[1]) else { continue }
            switch fields[0] {
            case "VmRSS:": m.vmRSS = kB; found += 1
            case "RssAnon:": m.rssAnon = kB; found += 1
            case "RssFile:": m.rssFile = kB; found += 1
            default: break
            }
        }
        // FileHandle reads to the end; String(contentsOfFile:) may stop at what stat reports for /proc.
        if let data = FileHandle(forReadingAtPath: "/proc/self/smaps")?.readDataToEndOfFile(),
           let maps = String(data: data, encoding: .utf8) {
            var dataFile: String? = nil
            for line in maps.split(separator: "\n") {
                if let first = line.first, first.isHexDigit, line.contains("-") && line.contains(" ") {
                    let path = line.split(separator: " ").last.map(String.init) ?? ""
                    dataFile = path.hasSuffix(".bin") && path.contains("/mandarin/") ? (path as NSString).lastPathComponent : nil
                } else if let file = dataFile, line.hasPrefix("Rss:") {
                    m.dataFiles[file, default: 0] += Int(line.split(whereSeparator: { $0 == " " })[1]) ?? 0
                }
            }
        }
        return found == 3 ? m : nil
    }
}
