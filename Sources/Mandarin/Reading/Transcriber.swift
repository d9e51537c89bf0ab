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
    /// Words of lexicon.bin whose reading the dictionaries disagree on (the model may decide those).
    let heteronyms: HeteronymList
    let model: PolyphoneModel?
    var policy = PolyphonePolicy.standard

    /// One line's result: a syllable per scalar (nil where the scalar is not a hanzi with a reading)
    /// and where each word starts.
    struct Result {
        var syllables: [String?]
        var wordStart: [Bool]
        /// Why each syllable is what it is (nil where there is no syllable).
        var sources: [ReadingSource?]
    }

    /// The evidence for one polyphone the model was asked about (for cross-validating the policy).
    struct Evidence {
        var position: Int
        var phrase: String?
        var phraseFrequency: Int
        /// The phrase is a word the dictionaries read in more than one way.
        var heteronym: Bool
        /// The character's slot in lexicon.bin (its rank by usage).
        var slot: Int
        var prediction: PolyphoneModel.Prediction
    }

    private enum Source { case local, domain, phrase, characters }

    /// The hanzi (up to two) right after the digits that start at `start` (and the points and commas
    /// inside the number): "" when no digits are there or no hanzi follows them.
    private func hanziAfterDigits(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        var i = start
        while i < scalars.count, scalars[i].properties.numericType != nil || (i > start && (scalars[i] == "." || scalars[i] == ",")) {
            i += 1
        }
        guard i > start else { return "" }
        var out = String.UnicodeScalarView()
        while i < scalars.count, out.count < 2, isHanzi(scalars[i]) { out.append(scalars[i]); i += 1 }
        return String(out)
    }

    /// Marks between two clauses of one sentence (a list's 、 and the comma).
    private static let clauseBreaks: Set<Unicode.Scalar> = ["、", "，", ","]

    /// The first hanzi (up to two) of the clause after the run ending at `end`, when only a clause
    /// break lies between them; "" otherwise.
    private func clauseStart(_ scalars: [Unicode.Scalar], after end: Int) -> String {
        guard end < scalars.count, Self.clauseBreaks.contains(scalars[end]) else { return "" }
        var out = String.UnicodeScalarView()
        var i = end + 1
        while i < scalars.count, out.count < 2, isHanzi(scalars[i]) { out.append(scalars[i]); i += 1 }
        return String(out)
    }

    /// The first hanzi (up to two) of the clause before the run starting at `start`, when only a
    /// clause break lies between them; "" otherwise.
    private func clauseStart(_ scalars: [Unicode.Scalar], before start: Int) -> String {
        guard start >= 2, Self.clauseBreaks.contains(scalars[start - 1]), isHanzi(scalars[start - 2]) else { return "" }
        var i = start - 2
        while i > 0, isHanzi(scalars[i - 1]) { i -= 1 }
        return String(String.UnicodeScalarView(scalars[i..<min(i + 2, start - 1)]))
    }

    func transcribe(_ scalars: [Unicode.Scalar]) -> Result {
        analyze(scalars, policy: policy).result
    }

    /// Segments, looks up and asks the model; `policy` decides between phrase and model. The
    /// model is not run for phrases the policy trusts outright (most of the text), unless
    /// `policy.trustedPhraseFrequency` is Int.max (as cross-validation sets it).
    func analyze(_ scalars: [Unicode.Scalar], policy: PolyphonePolicy) -> (result: Result, evidence: [Evidence]) {
        var result = Result(syllables: Array(repeating: nil, count: scalars.count),
                            wordStart: Array(repeating: true, count: scalars.count),
                            sources: Array(repeating: nil, count: scalars.count))
        var phraseReading: [String?] = Array(repeating: nil, count: scalars.count)
        var phraseFrequency = [Int](repeating: 0, count: scalars.count)
        var heteronym = [Bool](repeating: false, count: scalars.count)
        var fixed = [Bool](repeating: false, count: scalars.count)

        var i = 0
        while i < scalars.count {
            guard isHanzi(scalars[i]) else { i += 1; continue }
            var end = i
            while end < scalars.count && isHanzi(scalars[end]) { end += 1 }
            let segmented = segment(scalars, i..<end)
            let runStart = i
            // A clause starts at the beginning of the line or after punctuation (not after digits).
            let runOpensClause = i == 0 || !(scalars[i - 1].properties.numericType != nil || scalars[i - 1].properties.isAlphabetic)
            func text(_ w: Int) -> String? {
                w >= 0 && w < segmented.count ? String(String.UnicodeScalarView(scalars[segmented[w].range])) : nil
            }
            for (w, word) in segmented.enumerated() {
                // Built only for the few words a rule concerns: most words cost nothing here.
                func around() -> ContextRules.Neighbours {
                    ContextRules.Neighbours(previous: { text(w - 1) }, next: { text(w + 1) },
                                            following: { text(w + $0) }, preceding: { text(w - $0) },
                                            clauseStart: w == 0 && runOpensClause,
                                            previousOpensClause: w == 1 && runOpensClause,
                                            digitsFollow: w == segmented.count - 1 && end < scalars.count
                                                && scalars[end].properties.numericType != nil,
                                            afterDigits: w == segmented.count - 1 ? hanziAfterDigits(scalars, from: end) : "",
                                            nextClauseStart: { clauseStart(scalars, after: end) },
                                            previousClauseStart: { clauseStart(scalars, before: runStart) })
                }
                var ruled: (reading: [String], rule: String)?
                // Also a domain word whose sense the neighbours decide (调到 tiao2, but 被调到 diao4),
                // and a listed word without a reading of its own (圈里: 关进圈里 juàn, 娱乐圈里 quān).
                // Three characters only for an ordinal word (第一场, 第一行).
                if word.source != .local, word.range.count == 2 || word.range.count == 3 && scalars[word.range.lowerBound] == "第",
                   ContextRules.wordStarts.contains(scalars[word.range.lowerBound]) {
                    ruled = ContextRules.reading(ofWord: text(w)!, around())
                }
                for (k, p) in word.range.enumerated() {
                    result.wordStart[p] = k == 0 && !word.continuesWord
                    if let ruled {
                        result.syllables[p] = ruled.reading[k]
                        result.sources[p] = .rule(ruled.rule)
                        fixed[p] = true
                        continue
                    }
                    if k == word.range.count - 1, k > 0, scalars[p] == "了", scalars[p - 1] == "不",
                       word.source == .phrase || word.source == .characters {
                        // V不了 (干不了, 少不了): "cannot", liao3; the model reads le5 in rare ones.
                        result.syllables[p] = "liao3"
                        result.sources[p] = .rule(ContextRules.cannot)
                        fixed[p] = true
                        continue
                    }
                    switch word.source {
                    case .local, .domain:
                        result.syllables[p] = word.syllables![k]
                        result.sources[p] = word.source == .local ? .localLexicon(file: local.file, line: word.line)
                                                                  : .domainLexicon(file: domain.file, line: word.line)
                        fixed[p] = true
                    case .phrase:
                        if k == word.range.count - 1, scalars[p] == "地", word.heteronym,
                           let ruled = ContextRules.adverbialDe(closing: text(w)!, around()) {
                            result.syllables[p] = ruled.reading
                            result.sources[p] = .rule(ruled.rule)
                            fixed[p] = true
                            continue
                        }
                        if k == word.range.count - 1, scalars[p] == "儿",
                           let ruled = ContextRules.erhua(closing: text(w)!, stored: word.syllables![k]) {
                            result.syllables[p] = ruled.reading
                            result.sources[p] = .rule(ruled.rule)
                            fixed[p] = true
                            continue
                        }
                        phraseReading[p] = word.syllables![k]
                        phraseFrequency[p] = word.frequency
                        heteronym[p] = word.heteronym
                        result.syllables[p] = word.syllables![k]
                        result.sources[p] = word.heteronym ? .heteronymWord(frequency: word.frequency, modelProbability: nil)
                                                           : .dictionaryWord(frequency: word.frequency)
                    case .characters:
                        if word.range.count == 1, ContextRules.concerned.contains(scalars[p]),
                           let ruled = ContextRules.reading(of: scalars[p], around()) {
                            result.syllables[p] = ruled.reading
                            result.sources[p] = .rule(ruled.rule)
                            fixed[p] = true
                        } else if word.range.count == 1, let free = standalone.syllables(for: String(scalars[p])) {
                            result.syllables[p] = free[0]
                            result.sources[p] = .standalone(file: standalone.file, line: standalone.line(of: String(scalars[p])) ?? 0)
                            fixed[p] = true
                        } else {
                            result.syllables[p] = chars.defaultReading(scalars[p])
                            if result.syllables[p] != nil { result.sources[p] = .character }
                        }
                    }
                }
            }
            i = end
        }
        // A verb tried out, X一X or X了X (数一数, 量一量, 称了称): both X are the verb, whatever the
        // words around took (数一数 is listed as shu3 yi1 shu4, 量体温 takes the second 量).
        for p in scalars.indices where p + 2 < scalars.count && scalars[p] == scalars[p + 2]
            && (scalars[p + 1] == "一" || scalars[p + 1] == "了") {
            guard let verb = ContextRules.triedVerbs[scalars[p]] else { continue }
            for q in [p, p + 2] {
                if case .localLexicon = result.sources[q] { continue }
                result.syllables[q] = verb
                result.sources[q] = .rule(ContextRules.triedVerb)
                fixed[q] = true
            }
        }

        // 只 counting animals after a number or a demonstrative (两只鸡, 每只羊补贴, 蛋鸡2万只): the measure
        // word zhī, unless what follows makes it "only" (这只是, 那只能): not inside a listed word (只是, 只有).
        for p in scalars.indices where scalars[p] == "只" && !fixed[p] && phraseReading[p] == nil
            && ContextRules.countsAnimals(scalars, at: p) {
            result.syllables[p] = "zhi1"
            result.sources[p] = .rule(ContextRules.measureZhi)
            fixed[p] = true
        }

        guard let model else { return (result, []) }
        func makeEvidence(_ p: Int, _ prediction: PolyphoneModel.Prediction) -> Evidence {
            Evidence(position: p, phrase: phraseReading[p], phraseFrequency: phraseFrequency[p],
                     heteronym: heteronym[p], slot: chars.slot(scalars[p]) ?? Int.max, prediction: prediction)
        }
        let unasked = PolyphoneModel.Prediction(reading: "", probability: 0)
        let targets = scalars.indices.filter {
            !fixed[$0] && result.syllables[$0] != nil && model.decides(scalars[$0])
                && !(phraseReading[$0] != nil && policy.trusts(makeEvidence($0, unasked)))
        }
        guard !targets.isEmpty else { return (result, []) }
        let predictions = model.predict(sentence: scalars, targets: targets) { p in phraseReading[p] }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(targets.count)
        for (p, prediction) in zip(targets, predictions) where !prediction.reading.isEmpty {
            let e = makeEvidence(p, prediction)
            let chosen = policy.choose(e)
            result.syllables[p] = chosen
            if let phrase = e.phrase, chosen == phrase {
                result.sources[p] = heteronym[p] ? .heteronymWord(frequency: e.phraseFrequency, modelProbability: prediction.probability)
                                                 : .dictionaryWord(frequency: e.phraseFrequency)
            } else {
                result.sources[p] = .model(probability: prediction.probability)
            }
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
        /// The defining line of a local or domain lexicon word.
        var line = 0
        var heteronym = false
        /// A part of a longer word of the list that has no reading of its own (长时间 → 长 + 时间):
        /// read as its parts, spoken as one word.
        var continuesWord = false
    }

    /// Splits one run of hanzi into words: the station's local-lexicon words first (longest match:
    /// they override everything), then the most probable segmentation of the gaps.
    private func segment(_ s: [Unicode.Scalar], _ run: Range<Int>) -> [Word] {
        var words: [Word] = []
        var start = run.lowerBound, p = run.lowerBound
        while p < run.upperBound {
            if let match = local.longestMatch(in: s, at: p, limit: run.upperBound) {
                if start < p { words += bestSegmentation(s, start..<p) }
                let key = String(String.UnicodeScalarView(s[p..<p + match.length]))
                words.append(Word(range: p..<p + match.length, source: .local, syllables: match.syllables,
                                  line: local.line(of: key) ?? 0))
                p += match.length
                start = p
            } else {
                p += 1
            }
        }
        if start < run.upperBound { words += bestSegmentation(s, start..<run.upperBound) }
        return words
    }

    /// Whether a common word of the list (`crossingFrequency`) crosses either end of `span` (作为
    /// across 作|为保障, 百姓 across 百|姓解): then the domain word there would split a common word, and is
    /// not used (its grammar is the rules' job).
    ///
    /// One crossing is allowed: an adverb entry ending in the marker 地 (极大地, 积极地) before a
    /// common word 地X (地方, 地上, 地下, 地点) whose X starts a listed word running past it
    /// (极大地|方便, 耐心地|上门, 及时地|下发): there 地 is the adverb marker before a verb, and 地X
    /// would leave 便/门/发 stranded. 当地方言, 各地方, 在地上 have no adverb entry and are untouched.
    /// (慢慢地|上了楼: a one-character verb with its aspect 了/着/过 after it counts too).
    private func splitsCommonWord(_ slots: UnsafeBufferPointer<UInt16>, _ span: Range<Int>, endsInAdverbMarker: Bool = false,
                                  aspectAt: (Int) -> Bool = { _ in false }) -> Bool {
        /// The words of the list (two or more characters) that start at `start`: their lengths and
        /// frequencies, shortest first. One walk of the list serves both questions below.
        func listed(from start: Int) -> [(length: Int, frequency: Double)] {
            guard start < slots.count else { return [] }
            var found: [(length: Int, frequency: Double)] = []
            var lines = words.lines(startingWith: slots[start])
            for len in 2...Self.maxWordLength where start + len <= slots.count {
                lines = words.narrow(lines, to: UnsafeBufferPointer(rebasing: slots[start + 1..<start + len]))
                if lines.isEmpty { break }
                let word = words.firstWord(lines)
                if words.isExact(word: word, restLength: len - 1) { found.append((len, Double(words.frequency(word: word)))) }
            }
            return found
        }
        /// The lengths of the common words of the list that start at `start` and run past `boundary`.
        func crossing(from start: Int, beyond boundary: Int) -> [Int] {
            listed(from: start).filter { start + $0.length > boundary && $0.frequency >= Self.crossingFrequency }.map(\.length)
        }
        /// The longest listed word of two or more characters starting at `start` (0 if none).
        func longestWord(from start: Int) -> Int { listed(from: start).last?.length ?? 0 }
        for start in max(0, span.lowerBound - Self.maxWordLength + 1)..<span.lowerBound
        where !crossing(from: start, beyond: span.lowerBound).isEmpty { return true }
        for start in span.lowerBound + 1..<span.upperBound {
            let lengths = crossing(from: start, beyond: span.upperBound)
            if lengths.isEmpty { continue }
            if endsInAdverbMarker, start == span.upperBound - 1,
               case let rest = aspectAt(start + 2) ? 2 : longestWord(from: start + 1),
               rest > 0, lengths.allSatisfy({ $0 <= rest }) {
                continue  // 极大地|方便: 地 is the marker, 方便 the verb
            }
            return true
        }
        return false
    }

    private static let maxWordLength = 8
    /// The frequency a domain-lexicon word counts with in segmentation (that of a common word, or
    /// its own if higher): it wins where it fits (为大家讲课) without splitting a likelier word
    /// (成为 大家 stays 成为 + 大家).
    private static let domainFrequency = 10_000.0
    /// How common a listed word must be for a domain word that would split it to give way (百姓
    /// across 百|姓解, 4,176): the policy's bound for a common word.
    private static let crossingFrequency = 3_000.0

    /// Max-probability segmentation (as jieba does without its HMM): each word costs
    /// ln(frequency) − ln(total); a character not in the word list costs ln(1) − ln(total).
    /// Domain-lexicon words take part as words with their curated readings.
    private func bestSegmentation(_ s: [Unicode.Scalar], _ gap: Range<Int>, maxLength: Int = maxWordLength) -> [Word] {
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
                for len in 1...min(maxLength, n - start) {
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
                for (len, syllables) in domain.matches(in: s, at: gap.lowerBound + start, limit: gap.upperBound)
                where !splitsCommonWord(buf, start..<start + len, endsInAdverbMarker: len > 1 && s[gap.lowerBound + start + len - 1] == "地",
                                        aspectAt: { k in k < n && ["了", "着", "过"].contains(s[gap.lowerBound + k]) }) {
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
                let key = String(String.UnicodeScalarView(s[range]))
                result.append(Word(range: range, source: .domain, syllables: curated, line: domain.line(of: key) ?? 0))
            } else if len > 1, let word, let syl = words.readings(word: word, firstSlot: slots[p]), syl.count == len {
                let key = String(String.UnicodeScalarView(s[range]))
                result.append(Word(range: range, source: .phrase, syllables: syl, frequency: words.frequency(word: word),
                                   heteronym: heteronyms.contains(key)))
            } else if len > 1, s[range].contains(where: { model?.decides($0) ?? false }),
                      case let parts = bestSegmentation(s, range, maxLength: len - 1),
                      parts.contains(where: { $0.source != .characters }) {
                // A word of the list without a reading of its own: its parts that have one say it
                // (好孩子 → 好 + 孩子 hai2zi5), instead of the model alone.
                for (k, var part) in parts.enumerated() {
                    part.continuesWord = k > 0
                    result.append(part)
                }
            } else {
                result.append(Word(range: range, source: .characters, syllables: nil))
            }
            p += len
        }
        return result
    }
}
