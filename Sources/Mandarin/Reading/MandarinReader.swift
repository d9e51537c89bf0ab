import Foundation

/// What a text is spoken as (读法).
public struct Reading: Sendable, Equatable {
    /// What to hand eSpeak NG's cmn-latn-pinyin voice: words of joined tone-numbered syllables
    /// separated by spaces ("ge4wei4 cun1min2"), punctuation as ", " or ". " pauses.
    public var pinyin: String
    /// Things left out or spelled, each named (e.g. "skipped 😀 (U+1F600): no reading").
    public var warnings: [String]
}

/// Chinese text → the syllables eSpeak NG must say: normalization, segmentation and polyphones,
/// tone sandhi. Immutable once loaded, so one reader can serve every thread.
/// Files: voices/mandarin/{lexicon.bin, g2pm.bin, heteronyms.txt, domain.tsv, standalone.tsv} and the station's
/// voices/lexicon.local.tsv, which overrides everything else.
public final class MandarinReader: Sendable {
    /// Bad lines of the domain and local lexicons (skipped; the other lines loaded), as file:line.
    public let lexiconProblems: [LexiconError]
    public let localLexiconURL: URL
    let transcriber: Transcriber
    private let normalize: @Sendable (String) -> NormalizedText

    /// Loads the lexicons and the model from `voicesDirectory`; throws for a missing or corrupt
    /// generated file. Text is normalized by the module's `Normalizer` first.
    public convenience init(voicesDirectory: URL) throws {
        try self.init(voicesDirectory: voicesDirectory, normalizeReporting: defaultNormalize)
    }

    /// As `init(voicesDirectory:)` with another normalization step (tests use the identity).
    public convenience init(voicesDirectory: URL, normalize: @escaping @Sendable (String) -> String) throws {
        try self.init(voicesDirectory: voicesDirectory, normalizeReporting: { NormalizedText(text: normalize($0)) })
    }

    private init(voicesDirectory: URL, normalizeReporting normalize: @escaping @Sendable (String) -> NormalizedText) throws {
        let dir = voicesDirectory.appendingPathComponent("mandarin")
        let lexicon = try MappedFile(dir.appendingPathComponent("lexicon.bin"), magic: "DLBLEX1")
        let chars = try CharacterTable(file: lexicon)
        let words = try WordTable(file: lexicon, characters: chars)
        let model = try PolyphoneModel(file: dir.appendingPathComponent("g2pm.bin")).restricted(to: chars)
        lexicon.releasePages()
        var problems: [LexiconError] = []
        let domain = OverrideLexicon.load(dir.appendingPathComponent("domain.tsv"), problems: &problems)
        let standalone = OverrideLexicon.load(dir.appendingPathComponent("standalone.tsv"), problems: &problems)
        let heteronyms = try HeteronymList(file: dir.appendingPathComponent("heteronyms.txt"))
        localLexiconURL = voicesDirectory.appendingPathComponent("lexicon.local.tsv")
        let local = OverrideLexicon.load(localLexiconURL, problems: &problems)
        transcriber = Transcriber(chars: chars, words: words, domain: domain, local: local,
                                  standalone: standalone, heteronyms: heteronyms, model: model)
        lexiconProblems = problems
        self.normalize = normalize
    }

    private init(transcriber: Transcriber, problems: [LexiconError], localURL: URL,
                 normalize: @escaping @Sendable (String) -> NormalizedText) {
        self.transcriber = transcriber
        self.lexiconProblems = problems
        self.localLexiconURL = localURL
        self.normalize = normalize
    }

    /// A reader with voices/lexicon.local.tsv read again and everything else shared (for the
    /// daemon's reload: cheap, and the old reader stays valid for whoever still holds it).
    public func reloadingLocalLexicon() -> MandarinReader {
        var problems = lexiconProblems.filter { $0.file != localLexiconURL.path }
        var t = transcriber
        t = Transcriber(chars: t.chars, words: t.words, domain: t.domain,
                        local: OverrideLexicon.load(localLexiconURL, problems: &problems),
                        standalone: t.standalone, heteronyms: t.heteronyms, model: t.model)
        return MandarinReader(transcriber: t, problems: problems, localURL: localLexiconURL, normalize: normalize)
    }

    /// One token per non-whitespace character of `line`: the citation reading (tone 1–5, 5 neutral)
    /// of a hanzi in its context, the character itself otherwise. No sandhi.
    ///
    /// Each hanzi is read as it is spoken: the line is normalized as `reading(of:)` does (digits read
    /// as numbers, quotation marks silent) and every hanzi of the line takes the reading its copy in
    /// the spoken text gets (对辖区18处: 十八处, chù). A line whose hanzi cannot be found in order in
    /// the spoken text (a folded compatibility ideograph) is read as typed.
    public func perCharacter(_ line: String) -> [String] {
        let characters = Array(line.filter { !$0.isWhitespace })
        let scalars = Self.scalars(of: characters)
        let sentences = Self.sentences(normalize(String(characters)).text).map { Self.scalars(of: $0) }
        let spoken = Array(sentences.joined())
        guard let copies = Self.copies(of: scalars, in: spoken) else {
            return zip(characters, transcriber.transcribe(scalars).syllables).map { $1 ?? String($0) }
        }
        // Sentence by sentence, as `reading(of:)` reads them.
        let heard = sentences.flatMap { transcriber.transcribe($0).syllables }
        var syllables = [String?](repeating: nil, count: characters.count)
        for (i, j) in copies { syllables[i] = heard[j] }
        return zip(characters, syllables).map { $1 ?? String($0) }
    }

    /// One scalar per character, as the transcriber takes them: a cluster of several (an emoji with a
    /// modifier) stands as U+FFFC, which no word and no reading matches.
    static func scalars<S: Sequence>(of characters: S) -> [Unicode.Scalar] where S.Element == Character {
        characters.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first! : "\u{FFFC}" }
    }

    /// Where each hanzi of `typed` is in `spoken`, matched in order: the normalizer passes hanzi
    /// through and only adds readings of what is not hanzi (numbers, units, symbols) between them.
    /// nil when one cannot be found.
    static func copies(of typed: [Unicode.Scalar], in spoken: [Unicode.Scalar]) -> [(Int, Int)]? {
        var pairs: [(Int, Int)] = []
        var j = 0
        for (i, c) in typed.enumerated() where c.properties.isIdeographic {
            guard let at = spoken[j...].firstIndex(of: c) else { return nil }
            pairs.append((i, at))
            j = at + 1
        }
        return pairs
    }

    /// Every word of `text` (normalized as `reading(of:)` does) with its citation readings and their
    /// sources, for `dalaba pinyin --explain`. Characters without a reading are left out.
    public func explanation(of text: String) -> [ExplainedWord] {
        var words: [ExplainedWord] = []
        for sentence in Self.sentences(normalize(text).text) {
            let characters = Array(sentence)
            let scalars = Self.scalars(of: characters)
            let result = transcriber.transcribe(scalars)
            var previous = -2
            for (i, c) in characters.enumerated() {
                guard let syllable = result.syllables[i], let source = result.sources[i] else { continue }
                if result.wordStart[i] || previous != i - 1 || words.isEmpty {
                    words.append(ExplainedWord(text: "", syllables: [], sources: []))
                }
                words[words.count - 1].text.append(c)
                words[words.count - 1].syllables.append(syllable)
                words[words.count - 1].sources.append(source)
                previous = i
            }
        }
        return words
    }

    /// The reading of announcement text: normalized, transcribed, sandhi applied.
    public func reading(of text: String) -> Reading {
        read(text, collectingWords: false).reading
    }

    /// `reading(of:)` and, from the same pass, its words as spoken (after sandhi) with where each
    /// syllable came from: what the console's 插播 page shows before a notice is sent.
    public func spokenWords(of text: String) -> (reading: Reading, words: [SpokenWord]) {
        read(text, collectingWords: true)
    }

    private func read(_ text: String, collectingWords: Bool) -> (reading: Reading, words: [SpokenWord]) {
        var builder = ReadingBuilder()
        builder.collectsWords = collectingWords
        let normalized = normalize(text)
        for sentence in Self.sentences(normalized.text) {
            read(sentence, into: &builder)
        }
        let reading = builder.finish(normalizerUnread: normalized.unread)
        return (reading, builder.words)
    }

    /// Splits at sentence ends so each sentence is one model input (long texts stay linear and the
    /// model sees sentence-sized context, as it was trained).
    static func sentences(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        for i in text.indices where "。！？!?\n".contains(text[i]) {
            let next = text.index(after: i)
            out.append(text[start..<next])
            start = next
        }
        if start < text.endIndex { out.append(text[start...]) }
        return out
    }

    private func read(_ sentence: Substring, into builder: inout ReadingBuilder) {
        let characters = Array(sentence)
        let scalars = Self.scalars(of: characters)
        let result = transcriber.transcribe(scalars)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if result.syllables[i] == "r5" {
                // The erhua: eSpeak NG has no r-coloured finals ("nar3" comes out as na + er), so it
                // says a light er5 joined to the word before it (哪儿 na3er5).
                builder.addSyllable("er5", of: c, startsWord: false, source: result.sources[i])
            } else if let syllable = result.syllables[i] {
                builder.addSyllable(syllable, of: c, startsWord: result.wordStart[i], source: result.sources[i])
            } else if let mark = c.unicodeScalars.first, c.unicodeScalars.count == 1, Punctuation.reading(of: mark) == .boundary {
                // Silent: it only bounds words for the transcriber (a title's edge, a name dot).
            } else if let pause = SpokenPause.pause(c) {
                builder.addPause(pause)
            } else if Spelling.syllables(c) != nil {
                // A run of letters or digits: spelled, one word per character.
                var j = i
                while j < characters.count, Spelling.syllables(characters[j]) != nil { j += 1 }
                let run = characters[i..<j]
                if run.contains(where: Spelling.isLatinLetter) {
                    builder.warn("spelled Latin letters \"\(String(run))\"")
                }
                for d in run { builder.addSyllable(Spelling.syllables(d)!, of: " ", startsWord: true, spelling: d) }
                i = j
                continue
            } else {
                builder.skip(c)
            }
            i += 1
        }
    }
}

/// Collects one reading: clauses of syllables, sandhi per clause, pauses between clauses.
struct ReadingBuilder {
    private var out = ""
    private var chars: [Character] = []
    private var syllables: [String] = []
    private var wordStart: [Bool] = []
    private var pendingPause = SpokenPause.Pause.none
    private var warnings: [String] = []
    private var skipped = UnreadCharacters()

    /// `source` and `spelling` only feed `words` (the written character of a spelled letter or
    /// digit, which `c` replaces by a space for the sandhi).
    mutating func addSyllable(_ syllable: String, of c: Character, startsWord: Bool,
                              source: ReadingSource? = nil, spelling: Character? = nil) {
        chars.append(c)
        syllables.append(syllable)
        wordStart.append(startsWord || wordStart.isEmpty || pendingWordBreak)
        pendingWordBreak = false
        if collectsWords {
            written.append(spelling ?? c)
            sources.append(source)
        }
    }

    /// Whether `words` is filled (only `spokenWords(of:)` asks: the daemon's readings skip it).
    var collectsWords = false
    private(set) var words: [SpokenWord] = []
    private var written: [Character] = []
    private var sources: [ReadingSource?] = []

    /// A pause ends the clause; `.none` (quotes, spaces) only ends the current word.
    mutating func addPause(_ pause: SpokenPause.Pause) {
        if pause == .none {
            if !wordStart.isEmpty { pendingWordBreak = true }
            return
        }
        flushClause()
        if pause == .long || pendingPause == .none { pendingPause = pause }
    }
    private var pendingWordBreak = false

    /// Repeated warnings are counted, not repeated: 100 KB of text must not give 3,000 lines.
    mutating func warn(_ message: String) {
        if warningCounts[message] == nil { warnings.append(message) }
        warningCounts[message, default: 0] += 1
    }
    private var warningCounts: [String: Int] = [:]

    mutating func skip(_ c: Character) {
        skipped.add(c)
        // Skipping ends the word: the syllables around an emoji are not one word.
        if !wordStart.isEmpty { pendingWordBreak = true }
    }

    private mutating func flushClause() {
        guard !syllables.isEmpty else { return }
        let spoken = ToneSandhi.apply(chars: chars, syllables: syllables, wordStart: wordStart)
        if !out.isEmpty { out += pendingPause == .long ? ". " : (pendingPause == .short ? ", " : " ") }
        pendingPause = .none
        for (k, s) in spoken.enumerated() {
            if k > 0 && wordStart[k] { out += " " }
            out += s
        }
        if collectsWords {
            for (k, s) in spoken.enumerated() {
                if k == 0 || wordStart[k] { words.append(SpokenWord(text: "", syllables: [], citation: [], sources: [])) }
                words[words.count - 1].text.append(written[k])
                words[words.count - 1].syllables.append(s)
                words[words.count - 1].citation.append(syllables[k])
                words[words.count - 1].sources.append(sources[k])
            }
            written.removeAll(keepingCapacity: true)
            sources.removeAll(keepingCapacity: true)
        }
        chars.removeAll(keepingCapacity: true)
        syllables.removeAll(keepingCapacity: true)
        wordStart.removeAll(keepingCapacity: true)
    }

    /// `normalizerUnread`: what the normalizer could not read (it dropped control characters and
    /// passed the rest on, which this reader then skipped as well: counted once).
    mutating func finish(normalizerUnread: UnreadCharacters = UnreadCharacters()) -> Reading {
        flushClause()
        if !out.isEmpty && pendingPause != .none { out += pendingPause == .long ? "." : "," }
        let w = warnings.map { warningCounts[$0]! > 1 ? "\($0), \(warningCounts[$0]!) times" : $0 }
        var unread = normalizerUnread
        unread.merge(skipped)
        return Reading(pinyin: out, warnings: w + unread.warnings)
    }
}
