/// The normalization `MandarinReader(voicesDirectory:)` runs first: the module's Normalizer
/// (numbers, dates, units … into hanzi; punctuation kept).
let defaultNormalize: @Sendable (String) -> NormalizedText = { Normalizer().normalizeReporting($0) }
