import Foundation
import Testing

@testable import Control
@testable import Station

/// The light client's hand-written parts of the protocol against the Codable ones they stand in for.
@Suite struct WireShortcutTests {
    @Test func instantsReadByHandAreTheFormatStylesToTheSecond() throws {
        var generator = SystemRandomNumberGenerator()
        var instants = [Date(timeIntervalSince1970: 0), Date(timeIntervalSinceReferenceDate: 0), Date(),
                        Date(timeIntervalSince1970: 951_782_400.999), Date(timeIntervalSince1970: 4_107_542_399.5)]
        for _ in 0..<20_000 {
            // 1970 to 2100, with milliseconds and below (the format keeps milliseconds).
            instants.append(Date(timeIntervalSince1970: Double.random(in: 0..<4_102_444_800, using: &generator)))
        }
        for instant in instants {
            let text = instant.formatted(Wire.instant)
            let byHand = try #require(Wire.parseInstant(text), "\(text)")
            let styled = try Wire.instant.parse(text)
            #expect(abs(byHand.timeIntervalSince(styled)) < 1e-6, "\(text)")
            #expect(byHand.timeIntervalSince1970.rounded(.down) == styled.timeIntervalSince1970.rounded(.down), "\(text)")
        }
        for text in ["2026-02-30T00:00:00.000Z", "2026-12-03T24:00:00.000Z", "2026-12-03T09:00:00Z", "2026-12-03T09:00:00.000+08:00",
                     "2026-12-03 09:00:00.000Z", "２026-12-03T09:00:00.000Z", ""] {
            #expect(Wire.parseInstant(text) == nil, "\(text)")
        }
    }

    @Test func requestLinesWrittenByHandReadAsTheEncodersDo() throws {
        let texts = ["各位村民请注意，今晚七点开会。", "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{7} nul \u{0}",
                     "emoji 📢 and \u{2028} separator", ""]
        var requests = [Request(.status), Request(.cancel, id: 42), Request(.history, date: "2026-12-01"), Request(.history, date: "2026-12-01", offset: 100), Request(.watch),
                        Request(.history, after: 1_234_567), Request(.say, text: "通知", expires: 600, key: "hub:42 \"村\"")]
        for text in texts {
            requests.append(Request(.say, text: text, at: "18:30", repeat: 3, priority: .emergency, voice: "slow", chime: false, expires: 1800))
            requests.append(Request(.say, text: text, repeat: 1, priority: .normal, chime: true, expires: 0.25))
            requests.append(Request(.say, text: text, zones: ["东头", "west \"end\""]))
            requests.append(Request(.say, text: text, zones: []))
        }
        for request in requests {
            let line = request.jsonLine
            #expect(line.last == 0x0A)
            #expect(!line.dropLast().contains(0x0A), "one line")
            #expect(try Wire.decoder().decode(Request.self, from: line.dropLast()) == request)
            #expect(try StationCommands<FakeSpeaker>.parse(line.dropLast()) == request)
        }
    }
}
