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

    /// The second set (second.tsv): held out as a whole until fbdc0bb, where it was last scored as
    /// held-out text (98.29%, 1,148 of 1,168; pypinyin 95.55%), and a development set since (tuned
    /// on: docs/mandarin.md). Asserted: the figure measured after tuning as a floor, and the lead over pypinyin.
    func testSecondSetHoldsItsMeasuredFigureAndStaysAbovePypinyin() throws {
        let rows = try Self.load("second.tsv", pypinyin: "pypinyin-0.55.0-second.txt")
        XCTAssertGreaterThanOrEqual(rows.count, 150)
        XCTAssertTrue(rows.allSatisfy { $0.split == "dev" })
        let (accuracy, reference) = Self.score(rows, split: "dev", name: "second set (dev)")
        XCTAssertGreaterThanOrEqual(accuracy, 1168.0 / 1168.0, "measured after tuning on it (docs/mandarin.md)")
        XCTAssertGreaterThan(accuracy, reference)
    }

    /// The third set (third.tsv), held out as a whole: collected and committed when the second set was
    /// opened for tuning, and scored once it was on main. Asserted: its first measurement as a floor
    /// (98.42%, 1,805 of 1,834, at main 502bf28), and the lead over pypinyin (96.95%, 1,778).
    func testThirdSetHoldsItsFirstMeasurementAndStaysAbovePypinyin() throws {
        let rows = try Self.load("third.tsv", pypinyin: "pypinyin-0.55.0-third.txt")
        XCTAssertGreaterThanOrEqual(rows.count, 150)
        XCTAssertGreaterThanOrEqual(rows.reduce(0) { $0 + $1.labels.count }, 1800)
        XCTAssertTrue(rows.allSatisfy { $0.split == "held" })
        let (accuracy, reference) = Self.score(rows, split: "held", name: "third set (held out)")
        XCTAssertGreaterThanOrEqual(accuracy, 1805.0 / 1834.0)
        XCTAssertGreaterThan(accuracy, reference)
    }

    /// The fourth set (fourth.tsv): whole village, township and county notices, every polyphone
    /// sentence of each (up to 8 a page), held out as a whole and scored once it was committed.
    /// What is asserted is its first measurement (98.53%, 1,673 of 1,698, on main 0d70cd7) as a floor,
    /// and the lead over pypinyin.
    func testFourthSetHoldsItsFirstMeasurementAndStaysAbovePypinyin() throws {
        let rows = try Self.load("fourth.tsv", pypinyin: "pypinyin-0.55.0-fourth.txt")
        XCTAssertGreaterThanOrEqual(rows.count, 150)
        XCTAssertTrue(rows.allSatisfy { $0.split == "held" })
        let (accuracy, reference) = Self.score(rows, split: "held", name: "fourth set (held out)")
        XCTAssertGreaterThanOrEqual(accuracy, 1673.0 / 1698.0)
        XCTAssertGreaterThan(accuracy, reference)
    }

    /// The fifth set (fifth.tsv): whole notices from 40 further pages (Tests/Data/realtext/README.md),
    /// collected as development data and labelled before either system read it. Asserted: the figure
    /// measured on it as a floor (first measurement 98.86%, 2,074 of 2,098, at 75226be; raised as the
    /// reader is tuned on it), and the lead over pypinyin (97.09%, 2,037).
    func testFifthSetHoldsItsMeasuredFigureAndStaysAbovePypinyin() throws {
        let rows = try Self.load("fifth.tsv", pypinyin: "pypinyin-0.55.0-fifth.txt")
        XCTAssertGreaterThanOrEqual(rows.count, 250)
        XCTAssertGreaterThanOrEqual(rows.reduce(0) { $0 + $1.labels.count }, 2000)
        XCTAssertTrue(rows.allSatisfy { $0.split == "dev" })
        let (accuracy, reference) = Self.score(rows, split: "dev", name: "fifth set (dev)")
        XCTAssertGreaterThanOrEqual(accuracy, 2089.0 / 2098.0, "as measured (docs/mandarin.md)")
        XCTAssertGreaterThan(accuracy, reference)
    }
}
