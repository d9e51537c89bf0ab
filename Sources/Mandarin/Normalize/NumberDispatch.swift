/// Where a digit starts, decide what the number is (a code, a date, a clock time, a phone number,
/// a fraction, a dotted sequence or a quantity) and hand it to the matcher for that shape.
/// The order matters: the more specific shape wins (2031-05-06 is a date before it is a range).
extension NormalizationPass {
    /// A matched span of the input and its spoken form.
    struct Match {
        var text: String
        var end: Int
    }

    func runEnd(_ j: Int) -> Int {
        var k = j
        while k < s.count && s[k].isDigit { k += 1 }
        return k
    }

    func digitValues(_ r: Range<Int>) -> [UInt8] { r.map { s[$0].digitValue ?? 0 } }

    func isDigit(_ j: Int) -> Bool { at(j)?.isDigit == true }

    mutating func readNumber() {
        let start = i
        let end = runEnd(start)
        // x between two numbers multiplies (1920x1080): neither side is a code.
        let letterBefore = at(start - 1)?.isLatinLetter == true && !isTimesSign(start - 1)
        let letterAfter = (at(end)?.isLatinLetter == true && Units.match(s, at: end) == nil && !isTimesSign(end))
            || (at(end) == "-" && at(end + 1)?.isLatinLetter == true)  // 2019-nCoV
        if letterBefore && start != codeStart && isAfterPM(start) {
            // PM10 PM2.5 pm10: the particle size in micrometres, a number (十, 二点五), not a code.
            var k = end
            var fraction: [UInt8] = []
            if at(k) == ".", isDigit(k + 1) {
                fraction = digitValues((k + 1)..<runEnd(k + 1))
                k = runEnd(k + 1)
            }
            emit(NumberReading.decimal(integer: digitValues(start..<end), fraction: fraction))
            i = k
            return
        }
        if start == codeStart || letterBefore || letterAfter {
            // A code (G60, 浙A12345, 4S, COVID-19): digit by digit, letters left as typed;
            // a dot inside it is 点 (PM2.5, V2.0).
            var text = NumberReading.digits(digitValues(start..<end))
            var k = end
            while at(k) == ".", isDigit(k + 1) {
                let next = runEnd(k + 1)
                text += "点" + NumberReading.digits(digitValues((k + 1)..<next))
                k = next
            }
            emit(text)
            i = k
            return
        }
        if end - start > NumberReading.maxCardinalDigits {
            // Too long to be a number anyone says (ID cards, account numbers, absurd input).
            emit(NumberReading.digits(digitValues(start..<end), yao: inPhoneContext(start)))
            i = end
            return
        }
        if let m = matchDate(start) ?? matchClock(start) ?? matchPhone(start) ?? matchSlash(start) ?? matchDotted(start) {
            emit(m.text)
            i = m.end
            return
        }
        readQuantity(negative: false, currency: nil)
    }

    /// The two letters before `j` are PM in any case, and no letter before them (PM2.5, pm10).
    private func isAfterPM(_ j: Int) -> Bool {
        guard let m = at(j - 1), let p = at(j - 2), m == "M" || m == "m", p == "P" || p == "p" else { return false }
        return at(j - 3)?.isLatinLetter != true
    }

    /// A range joiner after a number: the hyphen, tilde and dashes read 至; 至 and 到 stay as typed.
    func rangeConnector(at j: Int) -> (text: String, next: Int)? {
        guard let c = at(j) else { return nil }
        switch c {
        case "-", "~", "–", "―": return ("至", j + 1)
        case "—": return ("至", at(j + 1) == "—" ? j + 2 : j + 1)
        case "至", "到": return (String(c), j + 1)
        default: return nil
        }
    }

    /// Three or more dot-separated groups that are not a date (1.2.3.4, 192.168.1.1): each group
    /// digit by digit, the dots read 点, as people read version numbers and addresses.
    func matchDotted(_ start: Int) -> Match? {
        guard at(runEnd(start)) == "." else { return nil }
        var groups = [start..<runEnd(start)]
        var k = groups[0].upperBound
        while at(k) == ".", isDigit(k + 1) {
            let r = (k + 1)..<runEnd(k + 1)
            groups.append(r)
            k = r.upperBound
        }
        guard groups.count >= 3 else { return nil }
        return Match(text: groups.map { NumberReading.digits(digitValues($0)) }.joined(separator: "点"), end: k)
    }
}
