/// Phone numbers and hotlines, read digit by digit with 幺 for 1: 119 幺幺九,
/// 0571-88888888 零五七幺，八八八八八八八八 (the dash is a pause), 400-810-0000.
extension NormalizationPass {
    /// Service numbers that are dialled, never counted (10086 is left out: it is also a plain
    /// number, and the mobile operator's line is announced with 电话/拨打 anyway).
    static let hotlines: Set<[UInt8]> = Set(
        ["110", "119", "120", "122", "114", "12345", "12315", "12320", "12319", "12369", "12333", "12366",
         "12348", "12110", "12121", "12123", "12306", "12393", "12358", "95598"]
            .map { $0.unicodeScalars.map { UInt8($0.value - 0x30) } })

    /// Words that announce a number to dial, looked for shortly before the number.
    static let phoneWords: [[Unicode.Scalar]] = [
        "电话", "热线", "拨打", "致电", "号码", "手机", "联系", "咨询", "传真", "座机",
        "举报", "报警", "求助", "服务台", "客服", "tel", "Tel", "TEL", "phone", "Phone",
    ].map { Array($0.unicodeScalars) }
    private static let clauseEnds: Set<Unicode.Scalar> = Set("，。；！？,;!?\n".unicodeScalars)

    /// Words before a number that make it a count, even if it looks like a hotline (共120人…).
    private static let countingPrefixes: Set<Unicode.Scalar> = Set("第约共近超达计每".unicodeScalars)

    /// True when a phone word occurs since the start of the clause, at most 12 characters back
    /// (电话：0571-…), or the number is an extension (…转8001).
    func inPhoneContext(_ start: Int) -> Bool {
        if at(start - 1) == "转" && isDigit(start - 2) { return true }
        var from = start
        while from > 0 && from > start - 12 && !Self.clauseEnds.contains(s[from - 1]) { from -= 1 }
        // Plain loops: this runs for every number, and closures over ranges are slow in debug builds.
        for word in Self.phoneWords where start - from >= word.count {
            var p = from
            while p + word.count <= start {
                var k = 0
                while k < word.count && s[p + k] == word[k] { k += 1 }
                if k == word.count { return true }
                p += 1
            }
        }
        return false
    }

    /// Whether what follows `end` makes the digits before it a quantity (120人, 110千伏, 3.5, 8:30).
    private func quantityFollows(_ end: Int) -> Bool {
        if let c = at(end) {
            if "%‰℃°#".unicodeScalars.contains(c) { return true }
            if (c == "." || c == ":" || c == "：" || c == "/") && isDigit(end + 1) { return true }
        }
        return Follower(s, at: end).isQuantity || Units.match(s, at: end) != nil
    }

    func matchPhone(_ start: Int) -> Match? {
        // Every phone shape starts with at least three digits (110, 0571, 139, 400).
        guard runEnd(start) - start >= 3 else { return nil }
        // Digit groups joined by a hyphen or a single space (139 1234 5678), at most four.
        var groups = [start..<runEnd(start)]
        var separators: [Unicode.Scalar] = []
        var k = groups[0].upperBound
        while groups.count < 4, let c = at(k), c == "-" || c == " ", isDigit(k + 1) {
            let r = (k + 1)..<runEnd(k + 1)
            groups.append(r)
            separators.append(c)
            k = r.upperBound
        }
        // Too short for any phone number: decided without looking for phone words.
        if groups.count == 1 && groups[0].count < 3 { return nil }
        let context = inPhoneContext(start)
        let first = digitValues(groups[0])
        // The longest run of groups that has a phone shape wins.
        for n in stride(from: groups.count, through: 1, by: -1) {
            let end = groups[n - 1].upperBound
            if quantityFollows(end) { continue }
            let lengths = groups[0..<n].map(\.count)
            let isPhone: Bool
            if n == 1 {
                let len = lengths[0]
                isPhone = (len == 11 && first[0] == 1 && first[1] >= 3)  // mobile 1[3-9]x xxxx xxxx
                    || (first[0] == 0 && len >= 7)  // area code written without the dash
                    || (context && len >= 3)
                    || (Self.hotlines.contains(first) && !(at(start - 1).map(Self.countingPrefixes.contains) ?? false))
            } else {
                isPhone = (n == 2 && first[0] == 0 && (3...4).contains(lengths[0]) && (7...8).contains(lengths[1]))
                    || (lengths == [3, 3, 4] && (first == [4, 0, 0] || first == [8, 0, 0]))
                    || (lengths == [3, 4, 4] && first[0] == 1)
                    // Spaces also separate unrelated numbers (拨打119 12345), so only hyphens here.
                    || (context && !separators[0..<(n - 1)].contains(" ") && lengths.allSatisfy { $0 >= 3 }
                        && lengths.reduce(0, +) >= 7)
            }
            guard isPhone else { continue }
            var text = NumberReading.digits(first, yao: true)
            for g in 1..<n {
                text += separators[g - 1] == "-" ? "，" : " "
                text += NumberReading.digits(digitValues(groups[g]), yao: true)
            }
            return Match(text: text, end: end)
        }
        return nil
    }
}
