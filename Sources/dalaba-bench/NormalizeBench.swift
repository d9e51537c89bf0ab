import Foundation
import Mandarin

/// Normalization throughput: 10,000 number-dense announcement lines (the size of a batch through
/// `dalaba normalize`), one 100 KB announcement, and the CPP dev sentences (general text).
func normalizeBench() throws {
    let normalizer = Normalizer()
    let templates: [(Int) -> String] = [
        { "请于\($0 % 12 + 1)月\($0 % 28 + 1)日上午8:\(10 + $0 % 50)到村委会\($0 % 3 + 1)楼领取补贴\($0 * 37 % 5000)元" },
        { "第\($0 % 9 + 1)、\($0 % 9 + 2)组共\($0 % 300)人，请于13:30-15:00接种第\($0 % 3 + 1)剂疫苗" },
        { "明天最低气温-\($0 % 10)℃，最高\($0 % 20).\($0 % 10)℃，降水概率\($0 % 100)%" },
        { "咨询电话0571-8\($0 % 10)\(1_000_000 + $0)，或拨打12345、139\(10_000_000 + $0)" },
        { "\(2020 + $0 % 10)年小麦亩产\($0 % 900).\($0 % 100)公斤，增长\($0 % 30)%，补贴1.\($0 % 10)万元" },
    ]
    let lines = (0..<10_000).map { templates[$0 % templates.count]($0) }
    var times: [Double] = []
    var characters = 0
    for _ in 0..<5 {
        let start = DispatchTime.now()
        characters = 0
        for line in lines { characters += normalizer.normalize(line).count }
        times.append(seconds(start, .now()))
    }
    let t = median(times)
    print(String(format: "10,000 announcement lines: median %.1f ms of 5 = %.0f lines/s (%.1f µs/line, %d characters out)",
                 t * 1000, Double(lines.count) / t, t / Double(lines.count) * 1e6, characters))

    var article = ""
    for line in lines where article.utf8.count < 100_000 { article += line + "。" }
    let start = DispatchTime.now()
    let out = normalizer.normalize(article)
    print(String(format: "one %d KB announcement: %.1f ms (%d characters out)",
                 article.utf8.count / 1024, seconds(start, .now()) * 1000, out.count))

    let devURL = URL(fileURLWithPath: "Tests/Data/cpp/dev.sent")
    guard let text = try? String(contentsOf: devURL, encoding: .utf8) else {
        print("CPP dev sentences not found at \(devURL.path): general-text figure skipped")
        return
    }
    let sentences = text.split(separator: "\n").map(String.init)
    let devStart = DispatchTime.now()
    for s in sentences { characters += normalizer.normalize(s).count }
    let dev = seconds(devStart, .now())
    print(String(format: "CPP dev (general text): %d sentences in %.1f ms = %.0f sentences/s",
                 sentences.count, dev * 1000, Double(sentences.count) / dev))
}
