/// Signs and symbols that are words when read aloud (≥ 大于等于, ± 正负, ÷ 除以, & 和), the ones
/// whose reading depends on what is around them ('<' a comparison or a bracket, × 乘 or the
/// placeholder 某, * a masked name or a bullet), and the layout marks read as a short pause
/// (bullets ●★※, arrows →, separators | ====).
extension NormalizationPass {
    // The tables below are switches, not dictionaries: every punctuation mark of every sentence
    // is looked up here, and hashing a scalar costs more than comparing it.

    /// Symbols that always say the same word.
    static func symbolWord(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "≥": return "大于等于"
        case "≤": return "小于等于"
        case "≠": return "不等于"
        case "±": return "正负"
        case "÷": return "除以"
        case "&": return "和"
        case "@": return "艾特"
        case "℃": return "摄氏度"
        case "℉": return "华氏度"
        default: return nil
        }
    }

    /// Fractions typed as one character (½ 二分之一); after a whole number they add to it (1½ 一又二分之一).
    static func vulgarFraction(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "½": return "二分之一"
        case "⅓": return "三分之一"
        case "⅔": return "三分之二"
        case "¼": return "四分之一"
        case "¾": return "四分之三"
        case "⅕": return "五分之一"
        case "⅖": return "五分之二"
        case "⅗": return "五分之三"
        case "⅘": return "五分之四"
        case "⅙": return "六分之一"
        case "⅚": return "六分之五"
        case "⅐": return "七分之一"
        case "⅛": return "八分之一"
        case "⅜": return "八分之三"
        case "⅝": return "八分之五"
        case "⅞": return "八分之七"
        case "⅑": return "九分之一"
        case "⅒": return "十分之一"
        default: return nil
        }
    }

    /// Layout marks with nothing to say: list bullets, arrows between steps (申请→审核), separators.
    /// Each is a short pause that merges with any neighbouring mark.
    static func isLayoutMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "●", "○", "◎", "◉", "■", "□", "▪", "▫", "◆", "◇", "❖", "♦", "▲", "△", "▼", "▽", "▶", "►", "▷", "◀", "◁",
             "★", "☆", "✦", "✧", "※", "✓", "✔", "☑", "√", "➢", "➤", "→", "⇒", "⟶", "➔", "➜", "➡", "➞", "|", "¦", "‖", "_":
            return true
        default:
            return false
        }
    }

    /// × and ✕: only ever a multiplication sign or a placeholder.
    static func isTimesSymbol(_ c: Unicode.Scalar) -> Bool { c == "×" || c == "✕" || c == "✖" }

    /// Whether the scalar at `j` multiplies: × before a number (3×4米, 3米×4米, 3 × 4), or x X *
    /// with a digit on both sides (1920x1080, 3*4).
    func isTimesSign(_ j: Int) -> Bool {
        guard let c = at(j) else { return false }
        if Self.isTimesSymbol(c) { return numberAhead(j + 1) }
        return (c == "x" || c == "X" || c == "*") && isDigit(j - 1) && isDigit(j + 1)
    }

    /// A number starts at `k`, perhaps after one space and a sign (> 5, <-10, ≥¥300, <.5).
    func numberAhead(_ k: Int) -> Bool {
        var k = k
        if at(k) == " " { k += 1 }
        if isDigit(k) { return true }
        guard let c = at(k) else { return false }
        return ("-+.±".unicodeScalars.contains(c) || Self.currencies[c] != nil) && isDigit(k + 1)
    }

    /// Reads the symbol at `i` if it is one this file knows; false leaves it to the punctuation
    /// table and, failing that, to the list of unread characters.
    mutating func readSymbol() -> Bool {
        let c = s[i]
        if let word = Self.symbolWord(c) {
            emit(word)
            i += 1
            return true
        }
        if let fraction = Self.vulgarFraction(c) {
            emit((isDigit(i - 1) ? "又" : "") + fraction)
            i += 1
            return true
        }
        if Self.isLayoutMark(c) {
            emitMark("，", soft: true)
            i += 1
            return true
        }
        switch c {
        case "<", ">": readAngle()
        case "=": readEquals()
        case "≈": emit(numberAhead(i + 1) ? "约" : "约等于"); i += 1
        case "+": emit("加"); i += 1  // 互联网+, 核酸+抗原 (before a digit it was read already)
        case _ where Self.isTimesSymbol(c):
            if isDigit(i - 1) {
                emit("乘")  // 放大2×
                i += 1
            } else {
                readPlaceholder()  // not next to a number: ×月×日 某月某日
            }
        case "*": readStar()
        case "#": readHash()
        case "№": readNumero()
        case "々" where at(i - 1)?.isHan == true:
            emit(s[i - 1])  // the iteration mark repeats the character before it: 天々 天天
            i += 1
        case "°":
            switch at(i + 1) {
            case "C", "c": emit("摄氏度"); i += 2
            case "F": emit("华氏度"); i += 2
            default: emit("度"); i += 1
            }
        case _ where c.isLatinLetter: return readLatinRomanNumeral()
        case _ where ListNumbers.circled(c) != nil: readCircledNumber()
        case _ where ListNumbers.romanValue(c) != nil: readRomanNumeral()
        case _ where ListNumbers.isOpeningBracket(c): return readBracketed()
        default: return false
        }
        return true
    }

    /// '<' and '>': a comparison before a number (PM2.5>75 大于七十五, <0.5 小于零点五) or as the
    /// only sensible reading; silent when they enclose a title (<通知>, <<标题>>) like 《》;
    /// part of an arrow after '-' or '=' (->, =>): a short pause.
    private mutating func readAngle() {
        let c = s[i]
        let next = at(i + 1)
        if i == closingAngle || next == c {
            i += next == c && i != closingAngle ? 2 : 1  // >> << and the end of <…>: silent
            return
        }
        if next == "=" {
            emit(c == "<" ? "小于等于" : "大于等于")
            i += 2
            return
        }
        if c == ">", let prev = at(i - 1), prev == "-" || prev == "=" {
            emitMark("，", soft: true)
            i += 1
            return
        }
        if c == "<" {
            // An opening bracket if a '>' closes it within the clause (<2023年工作总结>), and that
            // '>' is not itself a comparison (<35时为优，>75时 … and x<5或y>3 compare).
            var k = i + 1
            while k < min(s.count, i + 40), !"<>\n，。；！？,;!?".unicodeScalars.contains(s[k]) { k += 1 }
            if at(k) == ">" && k > i + 1 && !numberAhead(k + 1) {
                closingAngle = k
                i += 1
                return
            }
        }
        emit(c == "<" ? "小于" : "大于")
        i += 1
    }

    /// '=' between values is 等于 (1+1=2); a run of them (=====) or an arrow (=>) is a pause.
    private mutating func readEquals() {
        if at(i + 1) == "=" || at(i + 1) == ">" {
            while let c = at(i), c == "=" || c == ">" { i += 1 }
            emitMark("，", soft: true)
            return
        }
        emit("等于")
        i += 1
    }

    /// × not next to a number stands for a name left out, as in forms and templates: ××村 某某村,
    /// ×月×日 某月某日.
    private mutating func readPlaceholder() {
        emit("某")
        i += 1
    }

    /// '*': a masked character after a name (张*明 张某明, 李** 李某某, as public lists print
    /// them); the star key before 键 or 号 (按*号键 按星号键); elsewhere a bullet or emphasis
    /// mark (* 注意事项, **重要**), read as a short pause. Between digits it multiplied already.
    private mutating func readStar() {
        if at(i + 1) == "键" || at(i + 1) == "号" {
            emit(at(i + 1) == "键" ? "星号" : "星")
            i += 1
        } else if at(i - 1)?.isHan == true {
            while at(i) == "*" {
                emit("某")
                i += 1
            }
        } else {
            while at(i) == "*" { i += 1 }
            emitMark("，", soft: true)
        }
    }

    /// '#' (after a number it was 号 already, 3#楼): the hash key before 键 or 号 (按#号键 按井号键);
    /// elsewhere a tag or bullet mark (#防溺水#), read as a short pause.
    private mutating func readHash() {
        if at(i + 1) == "键" || at(i + 1) == "号" {
            emit(at(i + 1) == "键" ? "井号" : "井")
            i += 1
        } else {
            while at(i) == "#" { i += 1 }
            emitMark("，", soft: true)
        }
    }

    /// № before a number is that number's name (№5 五号, №007 零零七号); alone it is 编号.
    private mutating func readNumero() {
        var k = i + 1
        if at(k) == " " { k += 1 }
        guard isDigit(k) else {
            emit("编号")
            i += 1
            return
        }
        let end = runEnd(k)
        let d = digitValues(k..<end)
        let name = d.count > 1 && d[0] == 0 ? NumberReading.digits(d) : NumberReading.cardinal(d)
        emit(name + (at(end) == "号" ? "" : "号"))
        i = end
    }
}
