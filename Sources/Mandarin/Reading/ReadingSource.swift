/// Where the reading of one character came from (what `dalaba pinyin --explain` shows), so that a
/// wrong reading can be traced to the line or the decision that made it.
public enum ReadingSource: Sendable, Equatable {
    /// A word of the station's voices/lexicon.local.tsv (file and line).
    case localLexicon(file: String, line: Int)
    /// A word of the curated voices/mandarin/domain.tsv.
    case domainLexicon(file: String, line: Int)
    /// A polyphone standing alone as a word, read as voices/mandarin/standalone.tsv says.
    case standalone(file: String, line: Int)
    /// The word's reading in lexicon.bin, which the curated dictionaries agree on.
    case dictionaryWord(frequency: Int)
    /// The word's reading in lexicon.bin although the dictionaries list several (heteronyms.txt):
    /// kept because the model was not sure enough to overrule it (its probability for its own choice).
    case heteronymWord(frequency: Int, modelProbability: Float?)
    /// A grammar rule (Reading/ContextRules.swift), by name.
    case rule(String)
    /// The polyphone model's choice and its softmax probability.
    case model(probability: Float)
    /// The character's only reading, or its default one where nothing else applies.
    case character
}

extension ReadingSource: CustomStringConvertible {
    /// One line for a clerk: where the reading came from and, for a file, the line that sets it.
    public var description: String {
        switch self {
        case .localLexicon(let file, let line): return "local lexicon \(file):\(line)"
        case .domainLexicon(let file, let line): return "domain lexicon \(file):\(line)"
        case .standalone(let file, let line): return "word on its own, \(file):\(line)"
        case .dictionaryWord(let frequency): return "dictionary word (every dictionary reads it so; jieba frequency \(frequency))"
        case .heteronymWord(let frequency, let probability):
            if let probability {
                return "dictionary word with several readings; its usual one kept (model only \(String(format: "%.3f", probability)) sure; jieba frequency \(frequency))"
            }
            return "dictionary word with several readings; its usual one kept (a common word, jieba frequency \(frequency))"
        case .rule(let name): return "rule: \(name)"
        case .model(let probability): return "polyphone model, probability \(String(format: "%.3f", probability))"
        case .character: return "the character's reading"
        }
    }
}

/// One word of `MandarinReader.explanation(of:)`: its characters, their citation readings (before
/// tone sandhi) and where each came from.
public struct ExplainedWord: Sendable, Equatable {
    public var text: String
    public var syllables: [String]
    public var sources: [ReadingSource]
}

/// One word of `MandarinReader.spokenWords(of:)`: its characters (as normalized: 3 is 三), the
/// syllables eSpeak NG is given for it (tone-numbered, after tone sandhi, exactly as in
/// `Reading.pinyin`), their citation readings before sandhi, and where each came from (nil for a
/// spelled Latin letter or digit).
public struct SpokenWord: Sendable, Equatable {
    public var text: String
    public var syllables: [String]
    public var citation: [String]
    public var sources: [ReadingSource?]

    public init(text: String, syllables: [String], citation: [String], sources: [ReadingSource?]) {
        self.text = text
        self.syllables = syllables
        self.citation = citation
        self.sources = sources
    }

    /// Read as the station's voices/lexicon.local.tsv says (the clerk's own entries).
    public var isFromLocalLexicon: Bool {
        sources.contains { if case .localLexicon = $0 { return true } else { return false } }
    }
}
