/// Numbers that number things: circled and bracketed list numbers (①, ⑴, ⒈, ㈠), Roman numerals
/// (Ⅱ类, 第Ⅱ类, 劣V类, Ⅳ级, I. at the start of a line), headings in brackets ((一), （1）, (II)),
/// and a single character in brackets inside a word (村（居）民 村居民, no pause).
enum ListNumbers {
    /// The value of a circled, parenthesized or dotted number character (① 1, ⑴ 1, ⒈ 1, ㉑ 21,
    /// ❶ 1, ㈠ 1, ㊀ 1), nil for anything else.
    static func circled(_ c: Unicode.Scalar) -> Int? {
        let v = Int(c.value)
        switch v {
        case 0x2460...0x2473: return v - 0x2460 + 1  // ①…⑳
        case 0x2474...0x2487: return v - 0x2474 + 1  // ⑴…⒇
        case 0x2488...0x249B: return v - 0x2488 + 1  // ⒈…⒛
        case 0x24EA, 0x24FF: return 0  // ⓪ ⓿
        case 0x24EB...0x24F4: return v - 0x24EB + 11  // ⓫…⓴
        case 0x24F5...0x24FE: return v - 0x24F5 + 1  // ⓵…⓾
        case 0x2776...0x277F: return v - 0x2776 + 1  // ❶…❿
        case 0x2780...0x2789: return v - 0x2780 + 1  // ➀…➉
        case 0x278A...0x2793: return v - 0x278A + 1  // ➊…➓
        case 0x3251...0x325F: return v - 0x3251 + 21  // ㉑…㉟
        case 0x32B1...0x32BF: return v - 0x32B1 + 36  // ㊱…㊿
        case 0x3220...0x3229: return v - 0x3220 + 1  // ㈠…㈩
        case 0x3280...0x3289: return v - 0x3280 + 1  // ㊀…㊉
        default: return nil
        }
    }

    /// The value of one Roman numeral character (Ⅱ 2, Ⅻ 12, ⅽ 100), nil for anything else.
    static func romanValue(_ c: Unicode.Scalar) -> Int? {
        let v = Int(c.value)
        let values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 100, 500, 1000]
        switch v {
        case 0x2160...0x216F: return values[v - 0x2160]
        case 0x2170...0x217F: return values[v - 0x2170]
        default: return nil
        }
    }

    /// A run of Roman numeral characters as one number: a smaller value before a larger one is
    /// subtracted (ⅩⅣ 14); nil for an empty run or one that is not a number (ⅠⅠⅠⅠⅠ, ⅤⅩ).
    static func romanNumber(_ values: [Int]) -> Int? {
        guard !values.isEmpty, values.count <= 6 else { return nil }
        var total = 0
        for (k, v) in values.enumerated() {
            if k + 1 < values.count && v < values[k + 1] {
                // Only I, X, C before the next two steps up (IV IX XL XC), as Roman numerals allow.
                guard [1, 10, 100].contains(v), values[k + 1] <= 10 * v else { return nil }
                total -= v
            } else {
                total += v
            }
        }
        return total > 0 && canonical(total) == values.flatMap(expand) ? total : nil
    }

    /// The values of the characters of the standard spelling of `n` (14 → X I V as 10 1 5).
    private static func canonical(_ n: Int) -> [Int] {
        let steps: [(Int, [Int])] = [(1000, [1000]), (900, [100, 1000]), (500, [500]), (400, [100, 500]),
                                     (100, [100]), (90, [10, 100]), (50, [50]), (40, [10, 50]), (10, [10]),
                                     (9, [1, 10]), (5, [5]), (4, [1, 5]), (1, [1])]
        var n = n
        var out: [Int] = []
        for (value, spelling) in steps {
            while n >= value {
                out += spelling
                n -= value
            }
        }
        return out
    }

    /// The one-character numerals Ⅱ…Ⅻ written out as their letters' values (Ⅻ → 10 1 1), so
    /// ⅩⅡ and Ⅻ are both 12.
    private static func expand(_ v: Int) -> [Int] {
        switch v {
        case 2: return [1, 1]
        case 3: return [1, 1, 1]
        case 4: return [1, 5]
        case 6: return [5, 1]
        case 7: return [5, 1, 1]
        case 8: return [5, 1, 1, 1]
        case 9: return [1, 10]
        case 11: return [10, 1]
        case 12: return [10, 1, 1]
        default: return [v]
        }
    }

    /// A run of Roman numeral characters (ⅩⅡ), nil if anything else is in it.
    static func unicodeRoman(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var values: [Int] = []
        for c in scalars {
            guard let v = romanValue(c) else { return nil }
            values.append(v)
        }
        return romanNumber(values)
    }

    /// ASCII Roman numerals as typed (II, IV, XII): only I, V and X, 1 to 39.
    static func latinRoman(_ letters: ArraySlice<Unicode.Scalar>) -> Int? {
        guard letters.count <= 6 else { return nil }
        var values: [Int] = []
        for c in letters {
            switch c {
            case "I": values.append(1)
            case "V": values.append(5)
            case "X": values.append(10)
            default: return nil
            }
        }
        return romanNumber(values)
    }

    /// Chinese numerals that may number a heading: (一) to (九十九).
    static let chineseNumerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// What a Roman or Chinese numeral is followed by when it names a class or a level: 劣V类,
    /// Ⅳ级, II期, Ⅱ型.
    static let classWords: Set<Unicode.Scalar> = Set("类级期档等型".unicodeScalars)

    static func isClosingBracket(_ c: Unicode.Scalar) -> Bool {
        c == ")" || c == "）" || c == "]" || c == "】" || c == "〕"
    }

    /// The brackets `readBracketed` looks into.
    static func isOpeningBracket(_ c: Unicode.Scalar) -> Bool {
        c == "(" || c == "（" || c == "[" || c == "【" || c == "〔"
    }
}

extension NormalizationPass {
    /// A circled or bracketed number. Before the text of an item it is a list number with a pause
    /// on both sides (①戴口罩②勤洗手 一、戴口罩，二、勤洗手); elsewhere just the number (附件①).
    mutating func readCircledNumber() {
        let value = ListNumbers.circled(s[i])!
        let text = NumberReading.cardinal(digitArray(value))
        i += 1
        if let next = at(i), next.isHan || next.isLatinLetter || next.isDigit, at(i - 2) != "第" {
            emitMark("，", soft: true)
            emit(text)
            emitMark("、", soft: true)
        } else {
            emit(text)
        }
    }

    /// Ⅰ Ⅱ Ⅲ … as typed with the Roman numeral characters: always a number (第Ⅱ类 第二类, Ⅳ级
    /// 四级); "Ⅱ." at the start of a line numbers an item, like "2." (二、).
    mutating func readRomanNumeral() {
        let start = i
        var values: [Int] = []
        while let c = at(i), let v = ListNumbers.romanValue(c), values.count < 6 {
            values.append(v)
            i += 1
        }
        guard let n = ListNumbers.romanNumber(values) else {
            // Not one number (ⅤⅩ): each character on its own.
            emit(values.map { NumberReading.cardinal(digitArray($0)) }.joined(separator: "、"))
            return
        }
        emit(NumberReading.cardinal(digitArray(n)))
        if at(i) == ".", !isDigit(i + 1), isLineStart(start) {
            emitMark("、", soft: false)
            i += 1
        }
    }

    /// I, II, IV … typed as Latin capitals are read as numbers only where they clearly number
    /// something: after 第 (第II类), before a class word (劣V类, IV级, II型), or at the start of a
    /// line before '.' or '、' (II. 二、). Elsewhere they are letters (VIP, X光, CV).
    mutating func readLatinRomanNumeral() -> Bool {
        guard at(i - 1)?.isLatinLetter != true, !isDigit(i - 1) else { return false }
        var end = i
        while end < s.count, s[end].isLatinLetter { end += 1 }
        guard !isDigit(end), let n = ListNumbers.latinRoman(s[i..<end]) else { return false }
        let listItem = (at(end) == "." || at(end) == "、") && !isDigit(end + 1) && isLineStart(i)
        let classWord = at(end).map(ListNumbers.classWords.contains) ?? false
        // A lone V or X before 型 is a shape (V型, X型腿), not a number.
        let shape = at(end) == "型" && end - i == 1 && s[i] != "I"
        guard at(i - 1) == "第" || listItem || (classWord && !shape) else { return false }
        emit(NumberReading.cardinal(digitArray(n)))
        i = end
        if listItem {
            emitMark("、", soft: false)
            i += 1
        }
        return true
    }

    /// An opening bracket that starts a heading number ((一) （1） (II) 一、) or holds one
    /// character of a word (村（居）民 村居民, read without a pause). False for any other
    /// bracket, which is a short pause.
    mutating func readBracketed() -> Bool {
        var close = i + 1
        while close < min(s.count, i + 6), !ListNumbers.isClosingBracket(s[close]) { close += 1 }
        guard close < s.count, ListNumbers.isClosingBracket(s[close]), close > i + 1 else { return false }
        let inside = s[(i + 1)..<close]
        let number: String?
        if inside.allSatisfy(ListNumbers.chineseNumerals.contains) && inside.count <= 3 {
            number = String(String.UnicodeScalarView(inside))
        } else if inside.allSatisfy(\.isDigit) && inside.count <= 2 {
            number = NumberReading.cardinal(digitValues((i + 1)..<close))
        } else if let n = ListNumbers.latinRoman(inside) ?? ListNumbers.unicodeRoman(inside) {
            number = NumberReading.cardinal(digitArray(n))
        } else {
            number = nil
        }
        if let number {
            let ordinal = at(i - 1) == "第"  // 第(2)项 第二项: a number in a name, not a heading
            if !ordinal { emitMark("，", soft: true) }
            emit(number)
            if !ordinal { emitMark("、", soft: true) }
            i = close + 1
            return true
        }
        if inside.count == 1, let c = inside.first, c.isHan, at(i - 1)?.isHan == true, at(close + 1)?.isHan == true {
            emit(c)
            i = close + 1
            return true
        }
        return false
    }

    /// The decimal digits of a small non-negative number, for `NumberReading`.
    func digitArray(_ n: Int) -> [UInt8] {
        String(n).unicodeScalars.map { UInt8($0.value - 0x30) }
    }
}
