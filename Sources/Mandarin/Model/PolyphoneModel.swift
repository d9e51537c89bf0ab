import Foundation

/// g2pM's polyphone classifier (Park & Lee 2020, Apache-2.0), run in Swift: a one-layer BiLSTM
/// (64-dim embeddings, 32 hidden units each way) over the sentence's characters, then a
/// 64→32→classes feed-forward head at each polyphonic character.
/// Weights come from voices/mandarin/g2pm.bin (tools/lexicon/generate.py), used in place.
struct PolyphoneModel: @unchecked Sendable {  // read-only views of a MappedFile it keeps alive
    struct Prediction {
        /// Best class among `candidates` and its softmax probability over all classes.
        var reading: String
        var probability: Float
    }

    let classes: [String]
    private let classIndex: [String: Int]
    private let file: MappedFile
    /// Code points of the vocabulary's single characters (ascending) and their vocabulary indices.
    private let vocabularyScalars: UnsafeBufferPointer<UInt32>, vocabularyIndex: UnsafeBufferPointer<UInt16>
    private let polyphones: UnsafeBufferPointer<UInt32>
    private let unk: Int32, bos: Int32, eos: Int32
    private let hidden: Int, gates: Int, head: Int
    /// Per vocabulary entry, embedding·W_ih + b_ih + b_hh of the forward then the backward direction
    /// (float16 bits), precomputed by the generator so a time step costs only the 32-wide recurrent
    /// product, and only the rows of characters actually read are ever paged in.
    private let projection: UnsafeBufferPointer<UInt16>
    /// Recurrent and head weights, transposed so every product is a vectorizable axpy loop.
    private let recurrentForwardT: UnsafeBufferPointer<Float>, recurrentBackwardT: UnsafeBufferPointer<Float>
    private let head0T: UnsafeBufferPointer<Float>, head0Bias: UnsafeBufferPointer<Float>
    private let head1T: UnsafeBufferPointer<Float>, head1Bias: UnsafeBufferPointer<Float>
    /// Per polyphone: its readings that are model classes, in the character table's order
    /// (filled by `restricted(to:)`, so prediction does no string hashing).
    private var candidateClasses: [UInt32: [(index: Int, reading: String)]] = [:]

    /// Loads voices/mandarin/g2pm.bin (layout in tools/lexicon/binfile.py), checking every size and index.
    init(file url: URL) throws {
        let file = try MappedFile(url, magic: "DLBG2PM")
        self.file = file
        let dims = try file.array("DIMS", of: UInt32.self, count: 8).map(Int.init)
        let vocabulary = dims[0]
        hidden = dims[1]; gates = dims[2]; head = dims[3]
        let classCount = dims[4]
        guard hidden > 0, hidden <= 1024, gates == 4 * hidden, head > 0, head <= 1024, classCount > 0,
              vocabulary > 0, vocabulary <= Int(UInt16.max), dims[5] < vocabulary, dims[6] < vocabulary, dims[7] < vocabulary else {
            throw MappedFile.damaged(file.path, "impossible model dimensions \(dims)")
        }
        bos = Int32(dims[5]); eos = Int32(dims[6]); unk = Int32(dims[7])
        vocabularyScalars = try file.array("VOCS", of: UInt32.self)
        vocabularyIndex = try file.array("VOCI", of: UInt16.self, count: vocabularyScalars.count)
        guard vocabularyIndex.allSatisfy({ Int($0) < vocabulary }),
              zip(vocabularyScalars, vocabularyScalars.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw MappedFile.damaged(file.path, "the vocabulary is out of order or out of range")
        }
        projection = try file.array("PROJ", of: UInt16.self, count: vocabulary * 2 * gates)
        recurrentForwardT = try file.array("WHHF", of: Float.self, count: hidden * gates)
        recurrentBackwardT = try file.array("WHHB", of: Float.self, count: hidden * gates)
        head0T = try file.array("H0WT", of: Float.self, count: 2 * hidden * head)
        head0Bias = try file.array("H0BI", of: Float.self, count: head)
        head1T = try file.array("H1WT", of: Float.self, count: head * classCount)
        head1Bias = try file.array("H1BI", of: Float.self, count: classCount)
        polyphones = try file.array("POLY", of: UInt32.self)
        classes = try file.strings("CLS")
        guard classes.count == classCount else {
            throw MappedFile.damaged(file.path, "\(classes.count) class names for \(classCount) classes")
        }
        classIndex = Dictionary(classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        file.releasePages()
    }

    /// The vocabulary index of a character (binary search over ~5,400 code points), UNK if unknown.
    private func vocabularyID(_ scalar: Unicode.Scalar) -> Int32 {
        var lo = 0, hi = vocabularyScalars.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabularyScalars[mid] < scalar.value { lo = mid + 1 } else { hi = mid }
        }
        return lo < vocabularyScalars.count && vocabularyScalars[lo] == scalar.value ? Int32(vocabularyIndex[lo]) : unk
    }

    /// Whether the model decides this character's reading.
    func decides(_ scalar: Unicode.Scalar) -> Bool { candidateClasses[scalar.value] != nil }

    /// The model limited to the readings `chars` lists for each polyphone (a polyphone none of
    /// whose readings is a class is left to the lexicon).
    func restricted(to chars: CharacterTable) -> PolyphoneModel {
        var copy = self
        copy.candidateClasses = [:]
        for value in polyphones {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let options = chars.readings(scalar).compactMap { id -> (index: Int, reading: String)? in
                let reading = chars.syllables[Int(id)]
                return classIndex[reading].map { ($0, reading) }
            }
            if !options.isEmpty { copy.candidateClasses[value] = options }
        }
        return copy
    }

    /// Predicts the reading of each character at `targets` in `sentence` (characters the model
    /// `decides`), choosing among the character's readings. The softmax probability over all
    /// classes is computed only where `rival(target)` names a different reading (it costs all 876 logits).
    func predict(sentence: [Unicode.Scalar], targets: [Int], rival: (Int) -> String?) -> [Prediction] {
        var ids = [Int32]()
        ids.reserveCapacity(sentence.count + 2)
        ids.append(bos)
        for s in sentence { ids.append(vocabularyID(s)) }
        ids.append(eos)
        let steps = ids.count
        var forward = [Float](repeating: 0, count: steps * hidden)
        var backward = [Float](repeating: 0, count: steps * hidden)
        // Forward states are needed only up to the last target, backward ones only down to the
        // first: the rest of the sentence's steps would not change any prediction.
        let last = (targets.max() ?? 0) + 1, first = (targets.min() ?? 0) + 1
        run(ids, direction: 0, recurrentForwardT, steps: 0...last, reverse: false, into: &forward)
        run(ids, direction: 1, recurrentBackwardT, steps: first...steps - 1, reverse: true, into: &backward)

        var result: [Prediction] = []
        result.reserveCapacity(targets.count)
        var features = [Float](repeating: 0, count: 2 * hidden)
        var activ = [Float](repeating: 0, count: head)
        for target in targets {
            let step = target + 1  // BOS shifts every position by one
            for k in 0..<hidden {
                features[k] = forward[step * hidden + k]
                features[hidden + k] = backward[step * hidden + k]
            }
            affine(features, head0T, head0Bias, into: &activ)
            for k in 0..<head where activ[k] < 0 { activ[k] = 0 }
            var best: (reading: String, logit: Float)? = nil
            for (c, reading) in candidateClasses[sentence[target].value] ?? [] {
                let logit = classLogit(c, activ)
                if best == nil || logit > best!.logit { best = (reading, logit) }
            }
            guard let best else {
                result.append(Prediction(reading: "", probability: 0))
                continue
            }
            var probability: Float = 1
            if let other = rival(target), other != best.reading {
                var logits = [Float](repeating: 0, count: classes.count)
                affine(activ, head1T, head1Bias, into: &logits)
                let top = logits.max() ?? 0
                var sum: Float = 0
                for v in logits { sum += expf(v - top) }
                probability = expf(best.logit - top) / sum
            }
            result.append(Prediction(reading: best.reading, probability: probability))
        }
        return result
    }

    /// One class's logit from the head's hidden layer (head1T is head × classes).
    private func classLogit(_ c: Int, _ activ: [Float]) -> Float {
        var sum = head1Bias[c]
        let n = classes.count
        for k in 0..<head { sum += head1T[k * n + c] * activ[k] }
        return sum
    }

    /// Runs one direction (0 forward, 1 backward) over `steps` (from its lower end forward, or
    /// from its upper end backward).
    private func run(_ ids: [Int32], direction: Int, _ recurrentT: UnsafeBufferPointer<Float>,
                     steps: ClosedRange<Int>, reverse: Bool, into out: inout [Float]) {
        let h = hidden, g = gates
        var scratch = [Float](repeating: 0, count: 2 * h + g)
        scratch.withUnsafeMutableBufferPointer { sp in
            let state = sp.baseAddress!, cell = state + h, z = cell + h
            out.withUnsafeMutableBufferPointer { o in
                let wp = recurrentT.baseAddress!, ip = projection.baseAddress! + direction * g, op = o.baseAddress!
                for n in 0..<steps.count {
                    let t = reverse ? steps.upperBound - n : steps.lowerBound + n
                    let x = ip + Int(ids[t]) * 2 * g
                    for r in 0..<g { z[r] = floatFromHalf(x[r]) }
                    for k in 0..<h {
                        let hk = state[k]
                        let row = wp + k * g
                        for r in 0..<g { z[r] += row[r] * hk }
                    }
                    // PyTorch gate order: input, forget, cell, output. Activations are done
                    // as whole-vector loops (sigmoid, and tanh x = 2·sigmoid(2x) − 1) so
                    // they vectorize.
                    for r in 0..<2 * h { z[r] = 1 / (1 + fastExp(-z[r])) }
                    for r in 2 * h..<3 * h { z[r] = 1 / (1 + fastExp(-2 * z[r])) }
                    for r in 3 * h..<g { z[r] = 1 / (1 + fastExp(-z[r])) }
                    for k in 0..<h {
                        let c = 2 * z[2 * h + k] - 1
                        cell[k] = z[h + k] * cell[k] + z[k] * c
                    }
                    for k in 0..<h {
                        state[k] = z[3 * h + k] * (2 / (1 + fastExp(-2 * cell[k])) - 1)
                        op[t * h + k] = state[k]
                    }
                }
            }
        }
    }

    private func affine(_ x: [Float], _ w: UnsafeBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>, into y: inout [Float]) {
        let n = b.count
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                let wb = w.baseAddress!, ybase = yp.baseAddress!
                for r in 0..<n { ybase[r] = b[r] }
                for k in 0..<xp.count {
                    let xk = xp[k]
                    if xk == 0 { continue }
                    let row = wb + k * n
                    for r in 0..<n { ybase[r] += row[r] * xk }
                }
            }
        }
    }
}

/// An IEEE half (its bits) as a Float, exactly, in integer operations that vectorize (Swift's
/// Float16 conversion is a library call on x86-64 without F16C): the half's exponent and mantissa
/// bits moved into a float's place give the value times 2⁻¹¹², undone by one exact multiplication;
/// this also covers zeros and subnormals. (The generator writes no infinities or NaNs.)
@inline(__always) func floatFromHalf(_ bits: UInt16) -> Float {
    let h = UInt32(bits)
    let magnitude = Float(bitPattern: (h & 0x7FFF) << 13) * 0x1p112
    return Float(bitPattern: magnitude.bitPattern | (h & 0x8000) << 16)
}
/// eˣ in single precision without a library call, so loops over it vectorize: x = n·ln2 + r,
/// eʳ by its Taylor polynomial to r⁷ (|r| ≤ ln2/2, relative error about 1e-7), 2ⁿ from the exponent bits.
@inline(__always) func fastExp(_ x: Float) -> Float {
    let clamped = min(max(x, -87), 88)
    // Round to nearest by adding and removing 1.5·2²³ (roundf would be a library call).
    let n = (clamped * 1.442_695_04 + 12_582_912) - 12_582_912
    let r = clamped - n * 0.693_359_375 + n * 2.121_944_4e-4  // ln2 split in two (Cody–Waite)
    var p: Float = 1.0 / 5040
    p = p * r + 1.0 / 720
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    // 2ⁿ: 2²³ + 127 + n holds n + 127 in its low mantissa bits; shifted up they become the exponent
    // (no Float → Int conversion, whose overflow check would stop vectorization).
    return p * Float(bitPattern: (n + 8_388_735).bitPattern &<< 23)
}
