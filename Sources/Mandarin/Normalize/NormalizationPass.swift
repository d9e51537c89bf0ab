/// One left-to-right walk over the folded text, writing the spoken form. Number-shaped input goes
/// to the matchers in the other files of this folder; this file handles the rest: symbols,
/// punctuation and the pause bookkeeping.
struct NormalizationPass {
    let s: [Unicode.Scalar]
    var i = 0
    /// The spoken text so far. A String, not a UnicodeScalarView: appending a sequence to the
    /// latter copies the whole buffer each time (quadratic on a 100 KB announcement).
    var out = ""
    /// The last output scalar was a soft pause (from a bracket or dash), which a real mark replaces.
    var lastWasSoftMark = false
    /// Where the last ordinal (第4) ended, so 第4、5、6排 reads 5 and 6 as ordinals as well.
    var lastOrdinalEnd = -1
    /// A digit run that follows a letter and a hyphen (COVID-19): read as a code.
    var codeStart = -1
    /// Where the last unit read after a number ended, so a '/' right after it is 每 (m³/s).
    var lastUnitEnd = -1
    /// The '>' that closes a '<' read as a quotation bracket (<通知>), silent like 《》.
    var closingAngle = -1
    /// What could not be read: passed on as typed and listed here.
    var unread = UnreadCharacters()

    /// Dashes that join two numbers into a range (the hyphen is handled on its own).
    static let rangeDashes: Set<Unicode.Scalar> = ["~", "—", "–", "―"]

    /// Currency signs typed before a number, and the word said after it (¥300 三百元).
    static let currencies: [Unicode.Scalar: String] = ["¥": "元", "$": "美元", "€": "欧元", "£": "英镑"]

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
    }

    func at(_ j: Int) -> Unicode.Scalar? { j >= 0 && j < s.count ? s[j] : nil }

    mutating func run() -> String {
        while i < s.count {
            let c = s[i]
            if c.isHan {
                emit(c)  // most of every announcement, and no rule below starts at a hanzi
                i += 1
                continue
            }
            if c.isDigit {
                readNumber()
                continue
            }
            let next = at(i + 1)
            let nextIsDigit = next?.isDigit == true
            switch c {
            case "-" where nextIsDigit:
                readHyphenBeforeDigit()
            case _ where NormalizationPass.rangeDashes.contains(c) && nextIsDigit && followsNumberClosely(i):
                emit("至")
                i += 1
            case _ where nextIsDigit && Self.currencies[c] != nil:
                let currency = Self.currencies[c]!
                i += 1
                readQuantity(negative: false, currency: currency)
            case _ where isTimesSign(i):
                emit("乘")  // 3×4米, 1920x1080, 3*4
                i += 1
            case "+" where nextIsDigit:
                emit("加")  // 3+2, +86
                i += 1
            case "/":
                readSlash()
            case "." where nextIsDigit && at(i - 1)?.isDigit != true && at(i - 1)?.isLatinLetter != true:
                // .5 as typed for 0.5
                let end = runEnd(i + 1)
                emit("零点" + NumberReading.digits(digitValues((i + 1)..<end)))
                i = end
            case _ where (c == "-" || Self.rangeDashes.contains(c)) && (next == "次" || next == "翌") && followsNumberClosely(i):
                emit("至")  // 20:00-次日8:00
                i += 1
            case "-" where at(i - 1)?.isDigit == true && next?.isLatinLetter == true:
                i += 1  // the hyphen of a code (2019-nCoV): not a pause
            case _ where (c == "." || c == ":") && (at(i - 1)?.isLatinLetter == true || next?.isLatinLetter == true):
                emit(c)  // www.gov.cn, http: — Latin text is left to the pinyin stage as typed
                i += 1
            default:
                if c == " " {
                    emit(c)
                    i += 1
                } else if let p = ListNumbers.isOpeningBracket(c) ? nil : Punctuation.reading(of: c) {
                    readPunctuation(p)  // before the symbols: most text has far more of it
                } else if readSymbol() {
                    // read
                } else if let p = Punctuation.reading(of: c) {
                    readPunctuation(p)  // a bracket that does not start a heading: a short pause
                } else if c.isLatinLetter || c.properties.isWhitespace {
                    emit(c)  // letters are spelled by the pinyin stage
                    i += 1
                } else {
                    passOn()
                }
            }
        }
        return out
    }

    /// A '-' right before a digit: a joining hyphen after letters (COVID-19), a range after a
    /// number and its unit (6日-8日, 3人-5人), otherwise a minus sign (-5℃ 零下五摄氏度).
    private mutating func readHyphenBeforeDigit() {
        if at(i - 1)?.isLatinLetter == true {
            codeStart = i + 1
            i += 1
        } else if followsNumberClosely(i) {
            emit("至")
            i += 1
        } else {
            i += 1
            readQuantity(negative: true, currency: nil)
        }
    }

    /// '/' before a unit or measure word is 每 (5元/斤 五元每斤, 60km/h 六十公里每小时); next to
    /// other Latin text it stays as typed (and/or); elsewhere it is a short pause (是/否 是、否).
    private mutating func readSlash() {
        i += 1
        let prev = at(i - 2)
        if prev?.isHan == true || prev?.isLatinLetter == true || lastUnitEnd == i - 1 {
            if let unit = Units.match(s, at: i) {
                emit("每" + unit.name)
                i = unit.end
                lastUnitEnd = i
                return
            }
            if Follower(s, at: i).isQuantity {
                emit("每")
                return
            }
        }
        if prev?.isLatinLetter == true || at(i)?.isLatinLetter == true {
            emit("/")
        } else {
            emitMark("、", soft: true)
        }
    }

    /// True when a digit occurs within the last few scalars before `j` with no space or mark in
    /// between: "6日-8日" (a range) rather than "气温-5℃" (a minus sign).
    func followsNumberClosely(_ j: Int) -> Bool {
        var k = j - 1
        while k >= 0 && k >= j - 4 {
            let c = s[k]
            if c.isDigit { return true }
            if c.properties.isWhitespace || Punctuation.reading(of: c) != nil { return false }
            k -= 1
        }
        return false
    }

    mutating func readPunctuation(_ p: Punctuation.Reading) {
        switch p {
        case .mark(let m, let soft): emitMark(m, soft: soft)
        case .boundary: emit(s[i])
        case .silent: break
        }
        i += 1
    }

    /// A character with no reading (an emoji, a private-use character, a stray sign): kept as
    /// typed, with the rest of its grapheme cluster (👍🏽, 🇨🇳), and listed in `unread`.
    mutating func passOn() {
        let cluster: Character
        if let next = at(i + 1), next.value >= 0x300, !next.isHan, !(0x3000...0x303F).contains(next.value) {
            // Something may extend it (a combining mark, a skin tone, the second half of a flag):
            // let the grapheme rules decide. The longest emoji sequences have about 10 scalars.
            cluster = String(String.UnicodeScalarView(s[i..<min(s.count, i + 16)])).first!
        } else {
            cluster = Character(s[i])  // the common case: nothing joins a letter, digit or hanzi
        }
        let n = cluster.unicodeScalars.count
        for k in i..<(i + n) { emit(s[k]) }
        unread.add(cluster)
        i += n
    }

    mutating func emit(_ text: String) {
        out += text
        lastWasSoftMark = false
    }

    mutating func emit(_ c: Unicode.Scalar) {
        out.unicodeScalars.append(c)
        lastWasSoftMark = false
    }

    /// Writes a pause mark, merging it with a neighbouring one: a soft mark never doubles another
    /// mark or opens a line, and a real mark replaces a soft one before it.
    mutating func emitMark(_ m: Unicode.Scalar, soft: Bool) {
        let last = out.unicodeScalars.last
        if soft {
            if last == nil || last!.properties.isWhitespace || Punctuation.spokenMarks.contains(last!) { return }
            out.unicodeScalars.append(m)
            lastWasSoftMark = true
            return
        }
        if lastWasSoftMark { out.unicodeScalars.removeLast() }
        out.unicodeScalars.append(m)
        lastWasSoftMark = false
    }
}
