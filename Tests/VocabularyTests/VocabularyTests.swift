import Foundation
import Testing
import Vocabulary

@Suite struct VocabularyTests {
    @Test func priorityOrder() {
        #expect(Priority.allCases.sorted() == [.low, .normal, .high, .emergency])
        #expect(Priority(rawValue: "urgent") == nil)
    }

    @Test func timeRangeAcrossMidnight() throws {
        let night = TimeRange(start: try #require(LocalTime(hour: 22, minute: 0)), end: try #require(LocalTime(hour: 6, minute: 0)))
        #expect(night.crossesMidnight && night.description == "22:00-06:00")
        #expect(night.contains(LocalTime(secondsSinceMidnight: 22 * 3600)))
        #expect(night.contains(LocalTime(secondsSinceMidnight: 3 * 3600)))
        #expect(!night.contains(LocalTime(secondsSinceMidnight: 6 * 3600)))
        let none = TimeRange(start: night.start, end: night.start)
        #expect(!none.contains(night.start))
        #expect(LocalTime(hour: 24, minute: 0) == nil)
        #expect(LocalTime(hour: 6, minute: 5, second: 9)?.description == "06:05:09")
    }

    @Test func sinkChoiceRoundTrips() throws {
        for text in ["auto", "null", "alsa:default", "alsa:hw:1,0", "wav:/var/lib/dalaba/wav"] {
            #expect(try SinkChoice(parsing: text).description == text)
        }
        #expect(try SinkChoice(parsing: " wav:out ") == .wav(directory: "out"))
        #expect(throws: ValueError("output 'speaker' is not known — use auto, alsa:NAME (e.g. alsa:default), wav:FOLDER or null")) {
            try SinkChoice(parsing: "speaker")
        }
        for bad in ["", "alsa:", "wav:", "ALSA:default"] {
            #expect(throws: ValueError.self, "\(bad)") { try SinkChoice(parsing: bad) }
        }
    }

    @Test func voiceNamesOneRule() throws {
        #expect(VoiceName.of(fileName: "slow.yaml") == "slow")
        #expect(VoiceName.of(fileName: "Loud.YAML") == "Loud")
        for ignored in [".slow.yaml", "README.yaml", "notes.txt", ".yaml", "slow.yaml~"] {
            #expect(VoiceName.of(fileName: ignored) == nil, "\(ignored)")
        }
        #expect(VoiceName.fallback(among: ["slow", "standard"]) == "standard")
        #expect(VoiceName.fallback(among: ["slow", "fast"]) == "fast")
        #expect(VoiceName.fallback(among: [String]()) == nil)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vocab-voices-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["standard.yaml", "slow.yaml", "README.md", ".hidden.yaml"] {
            try Data().write(to: dir.appendingPathComponent(name))
        }
        #expect(Set(try VoiceName.files(in: dir).keys) == ["standard", "slow"])
        #expect(throws: (any Error).self) { try VoiceName.files(in: dir.appendingPathComponent("none")) }
    }

    @Test func diagnosticReadsLikeACompiler() {
        let d = Diagnostic(file: "voices/slow.yaml", line: 3, column: 7, message: "rate must be a whole number")
        #expect(d.description == "voices/slow.yaml:3:7: error: rate must be a whole number")
        #expect(Diagnostic(file: "a.tsv", line: 0, column: 0, severity: .warning, message: "m").description == "a.tsv:1:1: warning: m")
    }

    @Test func amplifierIsConfiguredOnlyWithACommand() {
        #expect(!AmplifierSettings().isConfigured)
        #expect(AmplifierSettings(offCommand: "off").isConfigured)
    }
}
