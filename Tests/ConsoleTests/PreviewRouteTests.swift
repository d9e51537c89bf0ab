import Console
import Foundation
import HubTestSupport
import XCTest

/// The 插播 page's preview through the console with the station's rendering (StationPreviewer
/// over ConsolePreview and the repository's voices): the reading as JSON, the WAV, and the gate:
/// at most two renderings at a time, a third answered 503 at once in Chinese.
final class PreviewRouteTests: ConsoleTestCase {
    static let voices = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("voices")

    // Synthesis in fresh dalabad processes (dalabad serves as a worker), as dalaba-console's own.
    override class func previewer() throws -> (any AnnouncementPreviewer)? {
        try StationPreviewer(voicesDirectory: voices, synthesisWorker: productsDirectory.appendingPathComponent("dalabad"))
    }

    func signedIn() async throws -> Browser {
        let browser = harness.browser()
        let reply = try await browser.signIn(ConsoleHarness.clerkA.0, ConsoleHarness.clerkA.1)
        XCTAssertEqual(reply.status, 303, reply.body)
        let page = try await browser.get("/say")
        XCTAssertTrue(page.body.contains("data-preview-audio"), "the 插播 page offers 试听")
        XCTAssertFalse(page.body.contains("读音预览暂不可用"))
        return browser
    }

    func testTheReadingAndTheWAV() async throws {
        let browser = try await signedIn()
        let reading = try await browser.post("/say/preview", [("text", "各位村民请注意")])
        XCTAssertEqual(reading.status, 200, reading.body)
        let decoded = try JSONDecoder().decode(AnnouncementReading.self, from: Data(reading.body.utf8))
        XCTAssertTrue(decoded.reading.contains("cun1min2"), decoded.reading)
        XCTAssertTrue(decoded.words.contains { $0.word == "村民" && $0.pinyin == "cūnmín" }, "\(decoded.words)")

        let audio = try await browser.post("/say/preview.wav", [("text", "各位村民请注意")])
        XCTAssertEqual(audio.status, 200, audio.body)
        XCTAssertEqual(audio.header("Content-Type"), "audio/wav")
        XCTAssertTrue(audio.body.hasPrefix("RIFF"), "a WAV")
        // ~1 s of speech and the chime at 16-bit mono: well over 20 KB.
        XCTAssertGreaterThan(Int(audio.header("Content-Length") ?? "") ?? audio.body.utf8.count, 20_000)
    }

    /// What a 试听 costs: a typical 60-character notice through the console, uncached (three
    /// different ones, the median printed for docs/console.md) and then cached.
    func testTheTimeOfARendering() async throws {
        let browser = try await signedIn()
        let notice = "各位村民请注意：明天上午九点在村委会召开冬训动员大会，请全体党员准时参加，不得迟到，有事请提前向村支书请假，谢谢配合。"
        XCTAssertEqual(notice.count, 59)
        var times: [Double] = []
        for day in ["一", "二", "三"] {
            let text = notice.replacingOccurrences(of: "明天", with: "星期\(day)")
            let start = Date()
            let reply = try await browser.post("/say/preview.wav", [("text", text)])
            times.append(Date().timeIntervalSince(start))
            XCTAssertEqual(reply.status, 200, reply.body)
        }
        let start = Date()
        let cached = try await browser.post("/say/preview.wav", [("text", notice.replacingOccurrences(of: "明天", with: "星期三"))])
        let cachedTime = Date().timeIntervalSince(start)
        XCTAssertEqual(cached.status, 200)
        let median = times.sorted()[1]
        print(String(format: "console 试听 of a 60-character notice: %.0f ms median of 3 (%@), cached %.1f ms, %@ bytes",
                     median * 1000, times.map { String(format: "%.0f", $0 * 1000) }.joined(separator: ", "),
                     cachedTime * 1000, cached.header("Content-Length") ?? "?"))
        XCTAssertLessThan(cachedTime, median, "a notice rendered before is answered from the cache")
    }

    /// Three 试听 at once of three different notices (nothing cached): two render, the third is
    /// refused at once with 503 and a Chinese "try again"; once they are done, it renders.
    func testAThirdRenderingAtOnceIsAnswered503() async throws {
        let first = try await signedIn()
        let token = try XCTUnwrap(first.lastCSRF)
        // A long notice: each rendering takes seconds, so the first two are still rendering
        // when the third arrives.
        let notice = String(repeating: "各位村民请注意：因线路检修，明天上午八点至下午五点全村停电，请大家提前做好准备。", count: 4)
        let texts = (1...3).map { "第\($0)条。" + notice }
        let browsers = texts.map { _ in
            let browser = harness.browser()
            browser.cookies = first.cookies
            browser.lastCSRF = token
            return browser
        }
        let replies = try await withThrowingTaskGroup(of: (Int, HTTPReply).self) { group in
            for (index, browser) in browsers.enumerated() {
                group.addTask {
                    // Staggered a little so that the third surely comes last.
                    try await Task.sleep(for: .milliseconds(200 * index))
                    return (index, try await browser.post("/say/preview.wav", [("text", texts[index])]))
                }
            }
            var replies: [Int: HTTPReply] = [:]
            for try await (index, reply) in group { replies[index] = reply }
            return replies
        }
        XCTAssertEqual(replies[0]?.status, 200)
        XCTAssertEqual(replies[1]?.status, 200)
        let third = try XCTUnwrap(replies[2])
        XCTAssertEqual(third.status, 503, "a third rendering at once")
        XCTAssertTrue(third.body.contains("请稍等几秒再点一次"), third.body)
        XCTAssertEqual(third.header("Retry-After"), "5")

        let again = try await browsers[2].post("/say/preview.wav", [("text", texts[2])])
        XCTAssertEqual(again.status, 200, "the gate opens again once the renderings are done")
    }
}
