import Foundation

/// Hanzi → citation-tone syllables for one line: segmentation over the lexicons, then polyphone
/// disambiguation. No normalization and no sandhi (those are the reader's other steps).
struct Transcriber: Sendable {
    let chars: CharacterTable
    let words: WordTable
    let domain: OverrideLexicon
    let local: OverrideLexicon
    /// Readings of polyphones that form a word on their own (voices/mandarin/standalone.tsv).
    let standalone: OverrideLexicon
    let model: PolyphoneModel?
    var policy = PolyphonePolicy.standard

    /// One line's result: a syllable per scalar (nil where the scalar is not a hanzi with a reading)
    /// and where each word starts.
    struct Result {
        var syllables: [String?]
        var wordStart: [Bool]
    }

    /// The evidence for one polyphone the model was asked about (for cross-validating the policy).
    struct Evidence {
        var position: Int
        var phrase: String?
        var phraseFrequency: Int
        var prediction: PolyphoneModel.Prediction
    }

    private enum Source { case override, phrase, characters }

    func transcribe(_ scalars: [Unicode.Scalar]) -> Result {
        analyze(scalars, policy: policy).result
    }

    /// Segments, looks up and asks the model; `policy` decides between phrase and model. The
    /// model is not run for phrases the policy trusts outright (most of the text), unless
    /// `policy.trustedPhraseFrequency` is Int.max (as cross-validation sets it).
    func analyze(_ scalars: [Unicode.Scalar], policy: PolyphonePolicy) -> (result: Result, evidence: [Evidence]) {
        var result = Result(syllables: Array(repeating: nil, count: scalars.count),
                            wordStart: Array(repeating: true, count: scalars.count))
        var phraseReading: [String?] = Array(repeating: nil, count: scalars.count)
        var phraseFrequency = [Int](repeating: 0, count: scalars.count)
        var fixed = [Bool](repeating: false, count: scalars.count)

        var i = 0
        while i < scalars.count {
            guard isHanzi(scalars[i]) else { i += 1; continue }
            var end = i
            while end < scalars.count && isHanzi(scalars[end]) { end += 1 }
            let segmented = segment(scalars, i..<end)
            for (w, word) in segmented.enumerated() {
                for (k, p) in word.range.enumerated() {
                    result.wordStart[p] = k == 0
                    switch word.source {
                    case .override:
                        result.syllables[p] = word.syllables![k]
                        fixed[p] = true
                    case .phrase:
                        phraseReading[p] = word.syllables![k]
                        phraseFrequency[p] = word.frequency
                        result.syllables[p] = word.syllables![k]
                    case .characters:
                        if word.range.count == 1, let free = standalone.syllables(for: String(scalars[p])) {
                            result.syllables[p] = free[0]
                            fixed[p] = true
                        } else if word.range.count == 1, let ruled = ContextRules.reading(of: scalars[p], next: {
                            w + 1 < segmented.count ? String(String.UnicodeScalarView(scalars[segmented[w + 1].range])) : nil
                        }) {
                            result.syllables[p] = ruled
                            fixed[p] = true
                        } else {
                            result.syllables[p] = chars.defaultReading(scalars[p])
                        }
                    }
                }
            }
            i = end
        }

        guard let model else { return (result, []) }
        let targets = scalars.indices.filter {
            !fixed[$0] && result.syllables[$0] != nil && model.decides(scalars[$0])
                && !(phraseReading[$0] != nil && policy.trusts(frequency: phraseFrequency[$0]))
        }
        guard !targets.isEmpty else { return (result, []) }
        let predictions = model.predict(sentence: scalars, targets: targets) { p in phraseReading[p] }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(targets.count)
        for (p, prediction) in zip(targets, predictions) where !prediction.reading.isEmpty {
            let e = Evidence(position: p, phrase: phraseReading[p], phraseFrequency: phraseFrequency[p], prediction: prediction)
            result.syllables[p] = policy.choose(e)
            evidence.append(e)
        }
        return (result, evidence)
    }

    /// A character that belongs in a run to segment: one with a reading, or one that only a
    /// hand-written lexicon knows (a rare character of a village name).
    private func isHanzi(_ s: Unicode.Scalar) -> Bool {
        chars.contains(s) || local.covers(s) || domain.covers(s)
    }

    private struct Word {
        var range: Range<Int>
        var source: Source
        var syllables: [String]?
        var frequency = 0
    }

    /// Splits one run of hanzi into words: the station's local-lexicon words first (longest match:
    /// they override everything), then the most probable segmentation of the gaps.
    private func segment(_ s: [Unicode.Scalar], _ run: Range<Int>) -> [Word] {
        var words: [Word] = []
        var start = run.lowerBound, p = run.lowerBound
        while p < run.upperBound {
            if let match = local.longestMatch(in: s, at: p, limit: run.upperBound) {
                if start < p { words += bestSegmentation(s, start..<p) }
                words.append(Word(range: p..<p + match.length, source: .override, syllables: match.syllables))
                p += match.length
                start = p
            } else {
                p += 1
            }
        }
        if start < run.upperBound { words += bestSegmentation(s, start..<run.upperBound) }
        return words
    }

    private static let maxWordLength = 8
    /// The frequency a domain-lexicon word counts with in segmentation (that of a common word, or
    /// its own if higher): it wins where it fits (为大家讲课) without splitting a likelier word
    /// (成为 大家 stays 成为 + 大家).
    private static let domainFrequency = 10_000.0

    /// Max-probability segmentation (as jieba does without its HMM): each word costs
    /// ln(frequency) − ln(total); a character not in the word list costs ln(1) − ln(total).
    /// Domain-lexicon words take part as words with their curated readings.
    private func bestSegmentation(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> [Word] {
        let n = gap.count
        // The word list spells words in character slots; a character without one matches no word.
        let slots = gap.map { p in chars.slot(s[p]).map { UInt16($0) } ?? WordTable.noSlot }
        var best = [Double](repeating: -.infinity, count: n + 1)
        var choice = [(length: Int, word: Int?, domain: [String]?)](repeating: (1, nil, nil), count: n + 1)
        best[n] = 0
        slots.withUnsafeBufferPointer { buf in
            for start in stride(from: n - 1, through: 0, by: -1) {
                // A lone character is always possible, with its own frequency when listed.
                best[start] = -words.logTotal + best[start + 1]
                choice[start] = (1, nil, nil)
                var lines = words.lines(startingWith: buf[start])
                var listed: [Int: Int] = [:]  // length → frequency, for the domain words below
                for len in 1...min(Self.maxWordLength, n - start) {
                    // The key is the word after its first character: the group already fixes that.
                    let key = UnsafeBufferPointer(rebasing: buf[start + 1..<start + len])
                    if len > 1 { lines = words.narrow(lines, to: key) }
                    if lines.isEmpty { break }
                    let word = words.firstWord(lines)
                    guard words.isExact(word: word, restLength: key.count) else { continue }
                    let frequency = words.frequency(word: word)
                    listed[len] = frequency
                    let score = log(Double(max(frequency, 1))) - words.logTotal + best[start + len]
                    if score > best[start] {
                        best[start] = score
                        choice[start] = (len, word, nil)
                    }
                }
                for (len, syllables) in domain.matches(in: s, at: gap.lowerBound + start, limit: gap.upperBound) {
                    let frequency = max(Self.domainFrequency, Double(listed[len] ?? 0))
                    let score = log(frequency) - words.logTotal + best[start + len]
                    // ≥: on a tie with the same word from the word list, the curated reading wins.
                    if score >= best[start] {
                        best[start] = score
                        choice[start] = (len, nil, syllables)
                    }
                }
            }
        }
        var result: [Word] = []
        var p = 0
        while p < n {
            let (len, word, curated) = choice[p]
            let range = gap.lowerBound + p..<gap.lowerBound + p + len
            if let curated {
                result.append(Word(range: range, source: .override, syllables: curated))
            } else if len > 1, let word, let syl = words.readings(word: word, firstSlot: slots[p]), syl.count == len {
                result.append(Word(range: range, source: .phrase, syllables: syl, frequency: words.frequency(word: word)))
            } else {
                result.append(Word(range: range, source: .characters, syllables: nil))
            }
            p += len
        }
        return result
    }
}
