import Foundation

/// g2pM's polyphone classifier (Park & Lee 2020, Apache-2.0), run in Swift: a one-layer BiLSTM
/// (64-dim embeddings, 32 hidden units each way) over the sentence's characters, then a
/// 64→32→classes feed-forward head at each polyphonic character.
/// Weights come from voices/mandarin/g2pm.bin, described by g2pm.json (tools/lexicon/generate.py).
struct PolyphoneModel: Sendable {
    struct Prediction {
        /// Best class among `candidates` and its softmax probability over all classes.
        var reading: String
        var probability: Float
    }

    private struct Meta: Decodable {
        struct Tensor: Decodable { var name: String; var shape: [Int] }
        var tensors: [Tensor]
        var vocabulary: [String]
        var bos: String
        var eos: String
        var unk: String
        var classes: [String]
        var polyphones: String
    }

    let classes: [String]
    private let classIndex: [String: Int]
    private let charIndex: [UInt32: Int32]
    private let polyphoneSet: Set<UInt32>
    private let unk: Int32, bos: Int32, eos: Int32
    private let hidden: Int, gates: Int, head: Int
    /// Per vocabulary entry, embedding·W_ih + b_ih + b_hh for each direction, precomputed at load so
    /// a time step costs only the 32-wide recurrent product.
    private let inputForward: [Float], inputBackward: [Float]
    /// Recurrent and head weights, transposed so every product is a vectorizable axpy loop.
    private let recurrentForwardT: [Float], recurrentBackwardT: [Float]
    private let head0T: [Float], head0Bias: [Float]
    private let head1T: [Float], head1Bias: [Float]
    /// Per polyphone: its readings that are model classes, in the character table's order
    /// (filled by `restricted(to:)`, so prediction does no string hashing).
    private var candidateClasses: [UInt32: [(index: Int, reading: String)]] = [:]

    init(weights: URL, meta metaURL: URL) throws {
        let metaData = try Data(contentsOf: metaURL)
        let meta: Meta
        do { meta = try JSONDecoder().decode(Meta.self, from: metaData) } catch {
            throw LexiconError(file: metaURL.path, reason: "not a valid model description: \(error)")
        }
        let raw = try Data(contentsOf: weights)
        var tensors: [String: [Float]] = [:]
        var offset = 0
        for t in meta.tensors {
            let n = t.shape.reduce(1, *)
            guard offset + n * 4 <= raw.count else {
                throw LexiconError(file: weights.path, reason: "too short for tensor \(t.name) \(t.shape)")
            }
            var values = [Float](repeating: 0, count: n)
            values.withUnsafeMutableBytes { dst in
                raw.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + 4 * n])) }
            }
            // The file is little endian, as is every machine this runs on; convert if not.
            if 1.littleEndian != 1 { values = values.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) } }
            tensors[t.name] = values
            offset += n * 4
        }
        guard offset == raw.count else {
            throw LexiconError(file: weights.path, reason: "size does not match \(metaURL.lastPathComponent)")
        }
        func tensor(_ name: String) throws -> ([Float], [Int]) {
            guard let v = tensors[name], let shape = meta.tensors.first(where: { $0.name == name })?.shape else {
                throw LexiconError(file: metaURL.path, reason: "missing tensor \(name)")
            }
            return (v, shape)
        }
        let (embedding, eShape) = try tensor("embedding.weight")
        let (wihF, ihShape) = try tensor("lstm.weight_ih_l0")
        let (whhF, hhShape) = try tensor("lstm.weight_hh_l0")
        let (bihF, _) = try tensor("lstm.bias_ih_l0"), (bhhF, _) = try tensor("lstm.bias_hh_l0")
        let (wihB, _) = try tensor("lstm.weight_ih_l0_reverse"), (whhB, _) = try tensor("lstm.weight_hh_l0_reverse")
        let (bihB, _) = try tensor("lstm.bias_ih_l0_reverse"), (bhhB, _) = try tensor("lstm.bias_hh_l0_reverse")
        let (h0, h0Shape) = try tensor("logit_layer.0.weight"), (h0b, _) = try tensor("logit_layer.0.bias")
        let (h1, h1Shape) = try tensor("logit_layer.2.weight"), (h1b, _) = try tensor("logit_layer.2.bias")

        let vocabSize = eShape[0], dim = eShape[1]
        gates = ihShape[0]
        hidden = hhShape[1]
        head = h0Shape[0]
        guard ihShape[1] == dim, gates == 4 * hidden, h0Shape[1] == 2 * hidden, h1Shape[1] == head,
              h1Shape[0] == meta.classes.count, vocabSize == meta.vocabulary.count else {
            throw LexiconError(file: metaURL.path, reason: "tensor shapes do not fit together")
        }
        inputForward = Self.project(embedding, vocabSize, dim, wihF, bihF, bhhF, gates)
        inputBackward = Self.project(embedding, vocabSize, dim, wihB, bihB, bhhB, gates)
        recurrentForwardT = Self.transpose(whhF, rows: gates, cols: hidden)
        recurrentBackwardT = Self.transpose(whhB, rows: gates, cols: hidden)
        head0T = Self.transpose(h0, rows: head, cols: 2 * hidden)
        head0Bias = h0b
        head1T = Self.transpose(h1, rows: meta.classes.count, cols: head)
        head1Bias = h1b

        var index: [UInt32: Int32] = [:]
        var specials: [String: Int32] = [:]
        for (i, token) in meta.vocabulary.enumerated() {
            let scalars = token.unicodeScalars
            if scalars.count == 1, token != meta.bos, token != meta.eos {
                index[scalars.first!.value] = Int32(i)
            } else {
                specials[token] = Int32(i)
            }
        }
        guard let u = specials[meta.unk], let b = meta.vocabulary.firstIndex(of: meta.bos),
              let e = meta.vocabulary.firstIndex(of: meta.eos) else {
            throw LexiconError(file: metaURL.path, reason: "vocabulary lacks the UNK/BOS/EOS tokens")
        }
        unk = u; bos = Int32(b); eos = Int32(e)
        charIndex = index
        classes = meta.classes
        classIndex = Dictionary(meta.classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        polyphoneSet = Set(meta.polyphones.unicodeScalars.map(\.value))
    }

    /// Whether the model decides this character's reading.
    func decides(_ scalar: Unicode.Scalar) -> Bool { candidateClasses[scalar.value] != nil }

    /// The model limited to the readings `chars` lists for each polyphone (a polyphone none of
    /// whose readings is a class is left to the lexicon).
    func restricted(to chars: CharacterTable) -> PolyphoneModel {
        var copy = self
        copy.candidateClasses = [:]
        for value in polyphoneSet {
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
        for s in sentence { ids.append(charIndex[s.value] ?? unk) }
        ids.append(eos)
        let steps = ids.count
        var forward = [Float](repeating: 0, count: steps * hidden)
        var backward = [Float](repeating: 0, count: steps * hidden)
        // Forward states are needed only up to the last target, backward ones only down to the
        // first: the rest of the sentence's steps would not change any prediction.
        let last = (targets.max() ?? 0) + 1, first = (targets.min() ?? 0) + 1
        run(ids, inputForward, recurrentForwardT, steps: 0...last, reverse: false, into: &forward)
        run(ids, inputBackward, recurrentBackwardT, steps: first...steps - 1, reverse: true, into: &backward)

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

    /// Runs one direction over `steps` (from its lower end forward, or from its upper end backward).
    private func run(_ ids: [Int32], _ input: [Float], _ recurrentT: [Float], steps: ClosedRange<Int>,
                     reverse: Bool, into out: inout [Float]) {
        let h = hidden, g = gates
        var scratch = [Float](repeating: 0, count: 2 * h + g)
        scratch.withUnsafeMutableBufferPointer { sp in
            let state = sp.baseAddress!, cell = state + h, z = cell + h
            input.withUnsafeBufferPointer { inp in
                recurrentT.withUnsafeBufferPointer { w in
                    out.withUnsafeMutableBufferPointer { o in
                        let wp = w.baseAddress!, ip = inp.baseAddress!, op = o.baseAddress!
                        for n in 0..<steps.count {
                            let t = reverse ? steps.upperBound - n : steps.lowerBound + n
                            let x = ip + Int(ids[t]) * g
                            for r in 0..<g { z[r] = x[r] }
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
        }
    }

    private func affine(_ x: [Float], _ wT: [Float], _ bias: [Float], into y: inout [Float]) {
        let n = bias.count
        x.withUnsafeBufferPointer { xp in
            wT.withUnsafeBufferPointer { w in
                bias.withUnsafeBufferPointer { b in
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
    }

    private static func transpose(_ m: [Float], rows: Int, cols: Int) -> [Float] {
        var t = [Float](repeating: 0, count: m.count)
        for r in 0..<rows { for c in 0..<cols { t[c * rows + r] = m[r * cols + c] } }
        return t
    }

    /// embedding (vocab×dim) · W_ihᵀ (dim→gates) + both biases, for every vocabulary entry.
    private static func project(_ e: [Float], _ vocab: Int, _ dim: Int, _ wih: [Float],
                                _ b1: [Float], _ b2: [Float], _ gates: Int) -> [Float] {
        let wT = transpose(wih, rows: gates, cols: dim)
        let bias = zip(b1, b2).map { $0 + $1 }
        var out = [Float](repeating: 0, count: vocab * gates)
        out.withUnsafeMutableBufferPointer { o in
            wT.withUnsafeBufferPointer { w in
                e.withUnsafeBufferPointer { emb in
                    bias.withUnsafeBufferPointer { b in
                        let op = o.baseAddress!, wp = w.baseAddress!, ep = emb.baseAddress!, bp = b.baseAddress!
                        for v in 0..<vocab {
                            let row = op + v * gates
                            for r in 0..<gates { row[r] = bp[r] }
                            for k in 0..<dim {
                                let x = ep[v * dim + k]
                                let wrow = wp + k * gates
                                for r in 0..<gates { row[r] += wrow[r] * x }
                            }
                        }
                    }
                }
            }
        }
        return out
    }
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
