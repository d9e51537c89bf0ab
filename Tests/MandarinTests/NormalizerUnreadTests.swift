import Foundation
import XCTest
@testable import Mandarin

/// Nothing is dropped without a word: every character the normalizer and the reader cannot read
/// is named in a warning, and only the marks documented as silent (quotation marks, format
/// characters) vanish without one.
final class NormalizerUnreadTests: XCTestCase {
    /// Every kind of character that has no reading: emoji (alone, with a skin tone, a flag, a
    /// family joined by ZWJ), private use (BMP and plane 15), an unassigned code point, the
    /// replacement character, control characters, stray signs, other scripts, a lone combining mark.
    static let unreadable: [String] = [
        "😀", "👍🏽", "🇨🇳", "👨\u{200D}👩\u{200D}👧", "\u{E000}", "\u{F0000}", "\u{0378}", "\u{FFFD}",
        "\u{07}", "\u{1B}", "\u{7F}", "\u{85}", "%", "$", "¥", "^", "\\", "§", "¶", "†", "〃", "‰", "¤", "₿", "∑", "∞",
        "☯", "α", "Ж", "あ", "한", "é", "\u{0301}",
    ]

    func testNormalizerNamesEveryUnreadableCharacter() {
        for c in Self.unreadable {
            let text = "请注意\(c)开会"
            let result = Normalizer().normalizeReporting(text)
            let code = "U+" + String(format: "%04X", c.unicodeScalars.first!.value)
            XCTAssertTrue(result.unread.warnings.contains { $0.contains(code) }, "\(code): \(result.unread.warnings)")
            XCTAssertEqual(result.unread.warnings.count, 1, "one warning for \(code): \(result.unread.warnings)")
        }
    }

    func testReaderNamesEveryUnreadableCharacterOnce() {
        for c in Self.unreadable {
            let reading = sharedReader.reading(of: "请注意\(c)开会")
            let code = "U+" + String(format: "%04X", c.unicodeScalars.first!.value)
            let skipped = reading.warnings.filter { $0.hasPrefix("skipped") }
            XCTAssertTrue(skipped.contains { $0.contains(code) }, "\(code): \(reading.warnings)")
            // Passed on by the normalizer and skipped by the reader: still one character, once.
            XCTAssertLessThanOrEqual(skipped.count, c == "\u{0301}" ? 2 : 1, "\(code): \(reading.warnings)")
            XCTAssertFalse(skipped.contains { $0.contains("2 times") }, "\(code): \(reading.warnings)")
        }
        let all = sharedReader.reading(of: Self.unreadable.joined(separator: "村") + "😀")
        let skipped = all.warnings.filter { $0.hasPrefix("skipped") }
        XCTAssertTrue(skipped.contains("skipped 😀 (U+1F600): no reading, 2 times"), "\(all.warnings)")
        XCTAssertEqual(skipped.count, UnreadCharacters.namedLimit + 1, "\(all.warnings)")
        XCTAssertTrue(skipped.last!.hasSuffix("more kinds of characters"), "\(all.warnings)")
    }

    /// Documented as silent: quotation marks and name dots (docs/normalization.md), and format
    /// characters that only change how text looks (zero-width spaces, direction marks, variation
    /// selectors).
    private func isDocumentedSilent(_ c: Unicode.Scalar) -> Bool {
        var dropped = UnreadCharacters()
        let folded = ScalarFolding.fold(String(Character(c)), dropped: &dropped)
        if folded.isEmpty { return dropped.isEmpty && (c.properties.generalCategory == .format || c.properties.isVariationSelector) }
        // Quotation marks, and a title's edges and name dots (silent, kept as bounds of words).
        return folded.count == 1 && [.silent, .boundary].contains(Punctuation.reading(of: folded[0]))
    }

    /// Over every code point of the blocks where announcement text finds its symbols (and a random
    /// sample of all the others): between two hanzi, each character is read (the text changes),
    /// named in a warning, or one of the documented silent marks. Nothing crashes.
    func testNoCharacterVanishesWithoutAWarning() {
        var scalars: [Unicode.Scalar] = []
        for block in [0x0...0x24F, 0x2000...0x2BFF, 0x3000...0x303F, 0x3200...0x33FF, 0xFE00...0xFE6F, 0xFF00...0xFFEF] {
            scalars += block.compactMap { Unicode.Scalar(UInt32($0)) }
        }
        var rng = SeededGenerator(state: 10_003)
        while scalars.count < 14_000 {
            if let c = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) { scalars.append(c) }
        }
        scalars.removeAll { $0.properties.isWhitespace || $0.isHan }
        let normalizer = Normalizer()
        var silent = 0
        for c in scalars {
            let n = normalizer.normalizeReporting("村" + String(Character(c)) + "民")
            if n.text == "村民" && n.unread.isEmpty {
                XCTAssertTrue(isDocumentedSilent(c), String(format: "U+%04X vanished in normalize", c.value))
                silent += 1
            }
        }
        XCTAssertGreaterThan(scalars.count, 9_000)
        XCTAssertLessThan(silent, 100, "only a few marks are silent")
        // The reader, on a sample (each reading runs the model): read, spelled, a pause or named.
        for (k, c) in scalars.enumerated() where k % 5 == 0 {
            let r = sharedReader.reading(of: "村" + String(Character(c)) + "民")
            if r.pinyin.replacingOccurrences(of: " ", with: "") == "cun1min2" && r.warnings.isEmpty {
                XCTAssertTrue(isDocumentedSilent(c), String(format: "U+%04X vanished in the reading", c.value))
            }
        }
    }

    func testUnreadListFormat() {
        var u = UnreadCharacters()
        XCTAssertTrue(u.isEmpty)
        u.add("😀")
        u.add("\u{07}")
        u.add("😀")
        var reader = UnreadCharacters()
        reader.add("😀", count: 2)
        reader.add("%")
        u.merge(reader)
        XCTAssertEqual(u.warnings, ["skipped 😀 (U+1F600): no reading, 2 times", "skipped (U+0007): no reading",
                                    "skipped % (U+0025): no reading"])
        var many = UnreadCharacters()
        for v in 0xE000..<0xE019 { many.add(Character(Unicode.Scalar(v)!)) }
        XCTAssertEqual(many.warnings.count, 21)
        XCTAssertEqual(many.warnings.last, "skipped 5 more kinds of characters")
    }

    func testControlCharactersAreDroppedButNamed() {
        let n = Normalizer().normalizeReporting("请\u{0}注\u{7}意\u{1B}[0m")
        XCTAssertEqual(n.text, "请注意，零米")
        XCTAssertEqual(n.unread.warnings, ["skipped (U+0000): no reading", "skipped (U+0007): no reading", "skipped (U+001B): no reading"])
        // Format characters are never heard and not worth a warning: they only change how text looks.
        XCTAssertEqual(Normalizer().normalizeReporting("\u{FEFF}通\u{200B}知\u{FE0F}").unread, UnreadCharacters())
    }
}
