import Foundation
import XCTest
@testable import Mandarin

/// The real-text acceptance figure: polyphones in sentences of public village and township notices
/// (Tests/Data/realtext, labelled by dictionary judgement), scored side by side with pypinyin 0.55.0
/// (its readings committed beside the data). Both parts are asserted: `dev`, which the reader was
/// tuned on, and `held`, set aside by a fixed rule before any tuning.
final class RealTextAccuracyTests: XCTestCase {
    static let dataDirectory = repositoryRoot.appendingPathComponent("Tests/Data/realtext")

    struct Row { var split: String; var sentence: String; var labels: [(index: Int, reading: String)]; var pypinyin: [String] }

    static func load(_ set: String = "announcements.tsv", pypinyin: String = "pypinyin-0.55.0.txt") throws -> [Row] {
        let url = dataDirectory.appendingPathComponent(set)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let reference = try String(contentsOf: dataDirectory.appendingPathComponent(pypinyin), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertGreaterThanOrEqual(reference.count, lines.count, "pypinyin-0.55.0.txt has a line per sentence")
        return zip(lines, reference).map { line, pypinyin in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let labels = fields[3].split(separator: " ").map { label -> (Int, String) in
                let parts = label.split(separator: ":")
                return (Int(parts[0])!, String(parts[2]))
            }
            return Row(split: String(fields[0]), sentence: String(fields[2]), labels: labels,
                       pypinyin: pypinyin.split(separator: " ").map(String.init))
        }
    }

    /// dalaba's and pypinyin's accuracy over the rows of `split`.
    static func score(_ rows: [Row], split: String, name: String) -> (ours: Double, theirs: Double) {
        var total = 0, ours = 0, theirs = 0
        for row in rows where row.split == split {
            let tokens = sharedReader.perCharacter(row.sentence)
            XCTAssertEqual(tokens.count, row.pypinyin.count, row.sentence)
            for (index, reading) in row.labels {
                total += 1
                if tokens[index] == reading { ours += 1 }
                if index < row.pypinyin.count && row.pypinyin[index] == reading { theirs += 1 }
            }
        }
        let accuracy = Double(ours) / Double(total), reference = Double(theirs) / Double(total)
        print("real-text \(name): dalaba \(ours)/\(total) = \(String(format: "%.2f", accuracy * 100))%, "
              + "pypinyin 0.55.0 \(theirs)/\(total) = \(String(format: "%.2f", reference * 100))%")
        return (accuracy, reference)
    }

    func testBothPartsAreAtLeast98Point5PercentAndAbovePypinyin() throws {
        let rows = try Self.load()
        XCTAssertGreaterThanOrEqual(rows.count, 150)
        XCTAssertGreaterThanOrEqual(rows.reduce(0) { $0 + $1.labels.count }, 400)
        for split in ["dev", "held"] {
            let (accuracy, reference) = Self.score(rows, split: split, name: split)
            XCTAssertGreaterThanOrEqual(accuracy, 0.985, split)
            XCTAssertGreaterThan(accuracy, reference, split)
            // The dev part's measured figure is its floor (it is tuned on; docs/mandarin.md).
            if split == "dev" { XCTAssertGreaterThanOrEqual(accuracy, 977.0 / 977.0, "dev, as measured") }
        }
    }

    /// One whole set, every line of one split: at least `rows` sentences and `labels` occurrences,
    /// dalaba at or above `floor` correct occurrences (its measured figure, never lowered) and above
    /// pypinyin on the same rows.
    func check(_ set: String, _ split: String, rows minimumRows: Int, labels minimumLabels: Int, floor: Int,
               file: StaticString = #filePath, line: UInt = #line) throws {
        let name = set.replacingOccurrences(of: ".tsv", with: "")
        let rows = try Self.load(set, pypinyin: "pypinyin-0.55.0-\(name).txt")
        let total = rows.reduce(0) { $0 + $1.labels.count }
        XCTAssertGreaterThanOrEqual(rows.count, minimumRows, set, file: file, line: line)
        XCTAssertGreaterThanOrEqual(total, minimumLabels, set, file: file, line: line)
        XCTAssertTrue(rows.allSatisfy { $0.split == split }, "\(set): every line is \(split)", file: file, line: line)
        let (accuracy, reference) = Self.score(rows, split: split, name: "\(name) set (\(split))")
        XCTAssertGreaterThanOrEqual(accuracy, Double(floor) / Double(total), "\(set): as measured (docs/mandarin.md)", file: file, line: line)
        XCTAssertGreaterThan(accuracy, reference, "\(set): above pypinyin", file: file, line: line)
    }

    /// The second set (second.tsv): held out as a whole until fbdc0bb, where it was last scored as
    /// held-out text (98.29%, 1,148 of 1,168; pypinyin 95.55%), and a development set since (tuned
    /// on: docs/mandarin.md). Floor: the figure measured after tuning on it.
    func testSecondSetHoldsItsMeasuredFigureAndStaysAbovePypinyin() throws {
        try check("second.tsv", "dev", rows: 150, labels: 1168, floor: 1168)
    }

    /// The third set (third.tsv), held out as a whole: collected and committed when the second set was
    /// opened for tuning, and scored once it was on main. Floor: its first measurement (98.42%, 1,805
    /// of 1,834, at main 502bf28); pypinyin reads 96.95% (1,778).
    func testThirdSetHoldsItsFirstMeasurementAndStaysAbovePypinyin() throws {
        try check("third.tsv", "held", rows: 150, labels: 1800, floor: 1805)
    }

    /// The fourth set (fourth.tsv): whole village, township and county notices, every polyphone
    /// sentence of each (up to 8 a page), held out as a whole and scored once it was committed.
    /// Floor: its first measurement (98.53%, 1,673 of 1,698, on main 0d70cd7); pypinyin 97.17%.
    func testFourthSetHoldsItsFirstMeasurementAndStaysAbovePypinyin() throws {
        try check("fourth.tsv", "held", rows: 150, labels: 1698, floor: 1673)
    }

    /// The fifth set (fifth.tsv): whole notices from 40 further pages (Tests/Data/realtext/README.md),
    /// collected as development data and labelled before either system read it. Floor: the figure
    /// measured on it (first measurement 98.86%, 2,074 of 2,098, at 75226be; raised as the reader is
    /// tuned on it); pypinyin 97.09% (2,037).
    func testFifthSetHoldsItsMeasuredFigureAndStaysAbovePypinyin() throws {
        try check("fifth.tsv", "dev", rows: 250, labels: 2000, floor: 2089)
    }
}
