/// Characters a stage could not read, counted per character in the order they first appeared:
/// the one list behind the warnings of `dalaba normalize`, `dalaba pinyin` and the daemon's log
/// ("skipped 😀 (U+1F600): no reading, 2 times"). Nothing is ever left unspoken without landing here.
public struct UnreadCharacters: Sendable, Equatable {
    private var counts: [Character: Int] = [:]
    private var order: [Character] = []
    /// The last character added and how often since, not yet in `counts`: a run of the same
    /// unknown mark (a text full of ▁ or ■) costs a comparison each, not a hash.
    private var pending: (c: Character, n: Int)?

    /// At most this many characters are named; the rest are counted in one line (100 KB of
    /// garbage must not give 3,000 warnings).
    static let namedLimit = 20

    public init() {}

    public var isEmpty: Bool { order.isEmpty && pending == nil }

    public mutating func add(_ c: Character, count: Int = 1) {
        if let p = pending, p.c == c {
            pending!.n += count
            return
        }
        settle()
        pending = (c, count)
    }

    /// Moves the pending run into `counts`.
    private mutating func settle() {
        guard let (c, n) = pending else { return }
        pending = nil
        if counts[c] == nil { order.append(c) }
        counts[c, default: 0] += n
    }

    public static func == (a: UnreadCharacters, b: UnreadCharacters) -> Bool {
        var a = a, b = b
        a.settle()
        b.settle()
        return a.counts == b.counts && a.order == b.order
    }

    /// Adds another stage's list. A character both stages report is one character seen twice
    /// (the normalizer passes an emoji on, the reader then skips it), so its count is the larger
    /// of the two, not the sum.
    public mutating func merge(_ other: UnreadCharacters) {
        settle()
        var other = other
        other.settle()
        for c in other.order {
            let n = other.counts[c]!
            if let mine = counts[c] {
                counts[c] = max(mine, n)
            } else {
                order.append(c)
                counts[c] = n
            }
        }
    }

    /// One line per character: the character (unless it is invisible), its code points and how
    /// often it occurred.
    public var warnings: [String] {
        var all = self
        all.settle()
        return all.settledWarnings
    }

    private var settledWarnings: [String] {
        var w: [String] = []
        for c in order.prefix(Self.namedLimit) {
            let codes = c.unicodeScalars.map { "U+" + hex4($0.value) }.joined(separator: " ")
            let visible = !c.unicodeScalars.allSatisfy {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }
            let n = counts[c]!
            w.append("skipped \(visible ? "\(c) " : "")(\(codes)): no reading" + (n > 1 ? ", \(n) times" : ""))
        }
        if order.count > Self.namedLimit { w.append("skipped \(order.count - Self.namedLimit) more kinds of characters") }
        return w
    }

    /// At least four upper-case hex digits, as code points are written (U+0007, U+1F600).
    private func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
