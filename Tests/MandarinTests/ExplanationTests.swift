import XCTest
@testable import Mandarin

/// `MandarinReader.explanation(of:)`: every word with the source of its reading, down to the line of
/// the file that sets it.
final class ExplanationTests: XCTestCase {
    func testEachKindOfSourceIsNamed() throws {
        let dir = try voicesWithLocalLexicon("# ours\n檀山村\ttan2 shan1 cun1\n")
        let reader = try MandarinReader(voicesDirectory: dir)
        let words = reader.explanation(of: "檀山村的村民应注意防范煤气中毒，接种新冠疫苗。")
        func word(_ text: String) -> ExplainedWord? { words.first { $0.text == text } }

        XCTAssertEqual(word("檀山村")?.sources.first, .localLexicon(file: dir.appendingPathComponent("lexicon.local.tsv").path, line: 2))
        XCTAssertEqual(word("檀山村")?.syllables, ["tan2", "shan1", "cun1"])
        XCTAssertEqual(word("的")?.sources.first, .standalone(file: dir.appendingPathComponent("mandarin/standalone.tsv").path, line: 9))
        XCTAssertEqual(word("应")?.sources.first, .rule("应 before a verb (should): ying1"))
        guard case .dictionaryWord = word("煤气中毒")?.sources[2] else { return XCTFail("\(words)") }
        guard case .domainLexicon(let file, let line) = word("新冠疫苗")?.sources.first else { return XCTFail("\(words)") }
        XCTAssertEqual(file, dir.appendingPathComponent("mandarin/domain.tsv").path)
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
            .hasPrefix("新冠疫苗\t"))
        XCTAssertEqual(words.map(\.text).joined(), "檀山村的村民应注意防范煤气中毒接种新冠疫苗")
    }

    func testTheModelIsNamedWithItsProbability() {
        // A lone 着 that no rule or list decides: the model's choice, with its probability.
        let words = sharedReader.explanation(of: "门口挂着横幅")
        guard case .model(let p) = words.first(where: { $0.text == "着" })?.sources.first else { return XCTFail("\(words)") }
        XCTAssertGreaterThan(p, 0.5)
        XCTAssertTrue(ReadingSource.model(probability: 0.9871).description.contains("0.987"))
    }
}
