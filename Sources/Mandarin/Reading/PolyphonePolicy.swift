/// How a polyphone's reading is chosen when the lexicon phrase it sits in and the model disagree.
/// Both numbers were chosen by 10-fold cross-validation on the CPP dev split (docs/mandarin.md;
/// Tests/MandarinTests/CPPAccuracyTests re-runs it).
struct PolyphonePolicy: Sendable, Equatable {
    /// Above this softmax probability the model's reading beats the phrase's reading.
    var modelConfidence: Float
    /// A phrase this common (jieba frequency) is trusted whatever the model says: the model was
    /// trained on encyclopedia sentences and is overconfident on other text (了解 as le5 jie3).
    var trustedPhraseFrequency: Int

    static let standard = PolyphonePolicy(modelConfidence: 0.999, trustedPhraseFrequency: 3000)

    func trusts(frequency: Int) -> Bool { frequency >= trustedPhraseFrequency }

    func choose(_ e: Transcriber.Evidence) -> String {
        if let phrase = e.phrase, phrase != e.prediction.reading,
           trusts(frequency: e.phraseFrequency) || e.prediction.probability < modelConfidence {
            return phrase
        }
        return e.prediction.reading
    }
}
