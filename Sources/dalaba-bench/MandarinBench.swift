import Foundation
import Mandarin

/// The Mandarin reader's load time, resident memory and throughput (per-char and full reading)
/// over the CPP dev sentences. The whole-process comparison with pypinyin is tools/bench/mandarin.sh.
func mandarinBench() throws {
    let voices = URL(fileURLWithPath: "voices")
    let before = residentKilobytes()
    var start = DispatchTime.now()
    var reader = try MandarinReader(voicesDirectory: voices)
    var loads = [elapsed(since: start)]
    let after = residentKilobytes()
    for _ in 0..<4 {
        start = DispatchTime.now()
        reader = try MandarinReader(voicesDirectory: voices)
        loads.append(elapsed(since: start))
    }
    print(String(format: "load: first %.1f ms, median %.1f ms of 5 (budget 150 ms)", loads[0] * 1000, median(loads) * 1000))
    if let before, let after {
        print("resident memory: \(after / 1024) MB with one reader loaded, +\((after - before) / 1024) MB for it (VmRSS)")
    }

    let devURL = URL(fileURLWithPath: "../shared/data/cpp/dev.sent")
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

/// VmRSS from /proc/self/status (Linux), in kB.
private func residentKilobytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
    return Int(line.split(separator: " ")[1])
}
