import Foundation
import XCTest
@testable import Mandarin

/// The polyphone acceptance figure: on the CPP dev split (../shared/data/cpp beside the clone),
/// at least 97.5% of the marked characters read right by `perCharacter`.
final class CPPAccuracyTests: XCTestCase {
    static let dataDirectory = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/cpp")

    struct Item { var sentence: String; var index: Int; var label: String }

    /// Strips the ▁ markers around the annotated character; labels write ü as u:, we write v.
    static func loadDev() throws -> [Item] {
        let sentURL = dataDirectory.appendingPathComponent("dev.sent"), labelURL = dataDirectory.appendingPathComponent("dev.lb")
        guard FileManager.default.fileExists(atPath: sentURL.path), FileManager.default.fileExists(atPath: labelURL.path) else {
            // Deliberately a failure, not a skip: CI has the data beside the clone.
            throw LexiconError(file: sentURL.path, reason: "CPP dev data not found (expected ../shared/data/cpp beside the repository)")
        }
        let sentences = try String(contentsOf: sentURL, encoding: .utf8).split(separator: "\n")
        let labels = try String(contentsOf: labelURL, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(sentences.count, labels.count)
        return zip(sentences, labels).map { s, l in
            let marked = Array(s.filter { !$0.isWhitespace })
            let index = marked.firstIndex(of: "\u{2581}") ?? 0
            return Item(sentence: String(marked.filter { $0 != "\u{2581}" }), index: index,
                        label: l.replacingOccurrences(of: "u:", with: "v"))
        }
    }

    func testDevAccuracyIsAtLeast97Point5Percent() throws {
        let items = try Self.loadDev()
        XCTAssertGreaterThan(items.count, 9000, "the dev split has 9,893 sentences")
        var right = 0
        for item in items {
            let tokens = sharedReader.perCharacter(item.sentence)
            XCTAssertEqual(tokens.count, item.sentence.filter { !$0.isWhitespace }.count)
            if tokens[item.index] == item.label { right += 1 }
        }
        let accuracy = Double(right) / Double(items.count)
        print("CPP dev polyphone accuracy: \(right)/\(items.count) = \(String(format: "%.2f", accuracy * 100))%")
        XCTAssertGreaterThanOrEqual(accuracy, 0.975)
    }
}
