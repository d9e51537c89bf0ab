// "did you mean 'times'?" — nearest known key by edit distance.

enum KeySuggestion {
    /// The closest candidate, if it is close enough to be a typo rather than another word.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            // An abbreviation or an over-long spelling ('thurs' for 'thu') counts as one edit.
            let isPrefix = min(other.count, lowered.count) >= 3 && (other.hasPrefix(lowered) || lowered.hasPrefix(other))
            let distance = isPrefix ? 1 : editDistance(lowered, other)
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, min(candidate.count, word.count) / 3)
        return distance <= allowed ? candidate : nil
    }

    /// Optimal-string-alignment distance: like Levenshtein, with a swap of two neighbours
    /// counting as one edit ('titel' → 'title').
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Long inputs cannot be typos of our short keys; bound the work.
        if a.count > 64 || b.count > 64 { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
