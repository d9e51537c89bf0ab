/// How a polyphone's reading is chosen when the lexicon word it sits in and the model disagree.
/// A word whose reading every curated dictionary agrees on is read that way (the model, trained on
/// encyclopedia sentences, is overconfident on announcements: alone it reads 中毒 as zhong1du2 and
/// 了解 as le5jie3); only a heteronym (voices/mandarin/heteronyms.txt: 朝阳, 大夫, 好事 …) is left to
/// the model, and then only when it is sure. The numbers were chosen by 10-fold cross-validation
/// on the CPP dev split (docs/mandarin.md; Tests/MandarinTests/CPPAccuracyTests re-runs it).
struct PolyphonePolicy: Sendable, Equatable {
    /// Above this softmax probability the model's reading beats the word's stored reading.
    var modelConfidence: Float
    /// A word this common (jieba frequency) is trusted whatever the model says, heteronym or not.
    var trustedPhraseFrequency: Int
    /// Words the dictionaries agree on are read as stored, whatever the model says ...
    var agreedWordsFixed = true
    /// ... at their common characters: the first this many by usage (a character's slot in
    /// lexicon.bin, by jieba frequency). At a rare character (艮 in 勃艮第, 阆 in 阆中) the dictionaries'
    /// readings of names are often wrong and the model, trained on such sentences, may overrule them.
    var commonCharacters = 2000

    static let standard = PolyphonePolicy(modelConfidence: 0.999, trustedPhraseFrequency: 3000, commonCharacters: 2000)

    /// Whether the model may overrule the stored reading of a character (at `slot`) of a word.
    func mayOverrule(heteronym: Bool, slot: Int) -> Bool {
        !agreedWordsFixed || heteronym || slot >= commonCharacters
    }

    /// Whether the word's reading stands without asking the model.
    func trusts(_ e: Transcriber.Evidence) -> Bool {
        !mayOverrule(heteronym: e.heteronym, slot: e.slot) || e.phraseFrequency >= trustedPhraseFrequency
    }

    func choose(_ e: Transcriber.Evidence) -> String {
        if let phrase = e.phrase, phrase != e.prediction.reading,
           trusts(e) || e.prediction.probability < modelConfidence {
            return phrase
        }
        return e.prediction.reading
    }
}
