import Foundation
import XCTest
@testable import Mandarin

/// Development text mined for errors: sentences of public notices where dalaba and pypinyin read a
/// polyphone differently, each such character judged against 现代汉语词典 (Tests/Data/realtext/README.md,
/// "Mined disagreements"). Only the judged characters are labelled, so these files give no accuracy
/// figure; they hold the reader to every reading once fixed. A row is `dev` (asserted: every label
/// read right) or `open` (a known misreading, reported; when the reader gets it right the test asks
/// for the row to be marked `dev`, so the file never claims an error that is gone).
final class MinedTextTests: XCTestCase {
    func testEveryJudgedReadingOfTheMinedSentencesHolds() throws {
        let directory = RealTextAccuracyTests.dataDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("mined-") && $0.hasSuffix(".tsv") }.sorted()
        try XCTSkipIf(files.isEmpty, "no mined-*.tsv file yet")
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            var right = 0, total = 0, open = 0
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 4, ["dev", "open"].contains(fields[0]) else {
                    XCTFail("\(file): a line is status<TAB>source<TAB>sentence<TAB>labels, status dev or open: \(line)")
                    continue
                }
                let sentence = String(fields[2])
                let tokens = sharedReader.perCharacter(sentence)
                let characters = sentence.filter { !$0.isWhitespace }.map(String.init)
                XCTAssertEqual(tokens.count, characters.count, "\(file): \(sentence)")
                for label in fields[3].split(separator: " ") {
                    let parts = label.split(separator: ":").map(String.init)
                    guard parts.count == 3, let index = Int(parts[0]), index < characters.count,
                          characters[index] == parts[1] else {
                        XCTFail("\(file): label \(label) does not name a character of \(sentence)")
                        continue
                    }
                    let read = index < tokens.count ? tokens[index] : "?"
                    if fields[0] == "dev" {
                        total += 1
                        if read == parts[2] { right += 1 }
                        XCTAssertEqual(read, parts[2], "\(file): \(parts[1]) in \(sentence)")
                    } else {
                        open += 1
                        XCTAssertNotEqual(read, parts[2], "\(file): \(parts[1]) in \(sentence) is read right now: mark the row dev")
                    }
                }
            }
            print("mined \(file): \(right)/\(total) judged readings right, \(open) open")
        }
    }
}
