import Foundation
import XCTest
@testable import Mandarin

/// The Swift port of g2pM's BiLSTM against the original: the expected readings below are what
/// g2pM 0.1.2.5 (numpy) prints for these sentences with char_split=True, model alone, no lexicon.
/// (Its mistakes — 银行 xing2, 了解 le5 — are why the reader also trusts lexicon phrases.)
final class PolyphoneModelTests: XCTestCase {
    static let g2pMOutputs: [(String, String)] = [
        ("他长大了，这条路很长。", "ta1 chang2 da4 le5 ， zhe4 tiao2 lu4 hen3 zhang3 。"),
        ("银行的行长在行走", "yin2 xing2 de5 xing2 zhang3 zai4 xing2 zou3"),
        ("重要的是重新开始", "zhong4 yao4 de5 shi4 chong2 xin1 kai1 shi3"),
        ("了解情况", "le5 jie3 qing2 kuang4"),
        ("我们都是好朋友，都江堰", "wo3 men5 dou1 shi4 hao3 peng2 you3 ， dou1 jiang1 yan4"),
        ("差不多，出差", "cha4 bu4 duo1 ， chu1 cha1"),
        ("为了人民，成为", "wei2 le5 ren2 min2 ， cheng2 wei2"),
    ]

    func testSwiftPortPredictsWhatG2pMPredicts() throws {
        let model = try XCTUnwrap(sharedReader.transcriber.model)
        for (sentence, expected) in Self.g2pMOutputs {
            let scalars = Array(sentence.unicodeScalars)
            let targets = scalars.indices.filter { model.decides(scalars[$0]) }
            XCTAssertFalse(targets.isEmpty, sentence)
            let predictions = model.predict(sentence: scalars, targets: targets) { _ in nil }
            let want = expected.split(separator: " ").map(String.init)
            for (t, p) in zip(targets, predictions) {
                XCTAssertEqual(p.reading, want[t], "\(sentence) at \(t) (\(scalars[t]))")
            }
        }
    }

    func testProbabilityIsComputedOnlyAgainstARival() throws {
        let model = try XCTUnwrap(sharedReader.transcriber.model)
        let scalars = Array("银行的行长在行走".unicodeScalars)
        let alone = model.predict(sentence: scalars, targets: [1]) { _ in nil }
        let contested = model.predict(sentence: scalars, targets: [1]) { _ in "hang2" }
        XCTAssertEqual(alone[0].probability, 1, "no rival: not computed")
        XCTAssertEqual(contested[0].reading, "xing2")
        XCTAssertGreaterThan(contested[0].probability, 0)
        XCTAssertLessThan(contested[0].probability, 1)
    }

    func testFastExpMatchesExpf() {
        var worst: Float = 0
        var x: Float = -80
        while x < 80 {
            worst = max(worst, abs(fastExp(x) - expf(x)) / expf(x))
            x += 0.0137
        }
        XCTAssertLessThan(worst, 1e-6)
        XCTAssertEqual(fastExp(-200), fastExp(-87), "clamped, no denormal or NaN")
        XCTAssertFalse(fastExp(200).isNaN)
    }
}
