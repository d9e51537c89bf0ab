/// A plain number as typed, with what is attached to it: sign, currency symbol, thousands
/// separators, decimals, and a suffix (% ℃ kg #).
struct Quantity {
    enum Suffix: Equatable {
        case none, percent, permille
        case unit(String)  // the spoken unit: 公斤, 平方米, or 万 after a currency (¥3万 三万元)
        case temperature(String)  // 摄氏度, 华氏度, 度
        case hash  // 3#楼 三号楼

        var isPercent: Bool { self == .percent || self == .permille }
    }

    var integer: [UInt8]
    var fraction: [UInt8]?
    var negative = false
    var currency: String?
    var suffix = Suffix.none
    /// The words after the number, or the unit it was typed with.
    var follower = Follower()
    var end: Int

    /// A unit was typed after the number (5kg, 37℃, 3%), so a '/' right after it is 每 (mg/L).
    var hasUnit: Bool {
        switch suffix {
        case .unit, .temperature, .percent, .permille: return true
        case .none, .hash: return false
        }
    }

    var isTemperature: Bool {
        if case .temperature = suffix { return true }
        return follower.isDegree
    }

    /// A four-digit calendar year before 年 (1999年, 2031年度), read digit by digit.
    var isYear: Bool {
        fraction == nil && !negative && suffix == .none && follower.isYear && integer.count == 4
            && (integer[0] == 1 || integer[0] == 2)
    }
}

extension NormalizationPass {
    /// Parses the number at `j` (a digit) and its suffix; `nil` only if `j` is not a digit.
    func parseQuantity(at j: Int) -> Quantity? {
        guard isDigit(j) else { return nil }
        var k = runEnd(j)
        var digits = digitValues(j..<k)
        // Thousands separators: ASCII commas before groups all of 3 (30,500) or all of 4 (1,0000).
        // The Chinese comma is never one (1，2，3 is a list).
        if at(k) == ",", digits.count <= 4 {
            let size = runEnd(k + 1) - (k + 1)
            if (size == 3 && digits.count <= 3) || size == 4 {
                var groups = 0
                while groups < 4, at(k) == ",", runEnd(k + 1) - (k + 1) == size {
                    digits += digitValues((k + 1)..<(k + 1 + size))
                    k += 1 + size
                    groups += 1
                }
            }
        }
        var fraction: [UInt8]?
        if at(k) == ".", isDigit(k + 1) {
            let fractionEnd = runEnd(k + 1)
            fraction = digitValues((k + 1)..<fractionEnd)
            k = fractionEnd
        }
        var q = Quantity(integer: digits, fraction: fraction, end: k)
        switch at(k) {
        case "%": q.suffix = .percent; k += 1
        case "‰": q.suffix = .permille; k += 1
        case "℃": q.suffix = .temperature("摄氏度"); k += 1
        case "℉": q.suffix = .temperature("华氏度"); k += 1
        case "#": q.suffix = .hash; k += 1
        case "°":
            switch at(k + 1) {
            case "C", "c": q.suffix = .temperature("摄氏度"); k += 2
            case "F": q.suffix = .temperature("华氏度"); k += 2
            default: q.suffix = .temperature("度"); k += 1
            }
        default:
            // A unit right after the number, or after one space if it is a real word (5 km, not 5 m).
            if let unit = Units.match(s, at: k) ?? (at(k) == " " ? Units.match(s, at: k + 1).flatMap { $0.end - k > 2 ? $0 : nil } : nil) {
                q.suffix = .unit(unit.name)
                k = unit.end
            } else if let m = at(k), m == "万" || m == "亿", let unit = Units.match(s, at: k + 1) {
                q.suffix = .unit(String(m) + unit.name)  // 500万m³ 五百万立方米
                k = unit.end
            }
        }
        q.end = k
        switch q.suffix {
        case .unit(let name): q.follower = Follower(unitName: name)
        case .temperature:
            q.follower = Follower()
            q.follower.isQuantity = true
            q.follower.isDegree = true
        default:
            // "2 个": one typed space does not separate a number from its measure word.
            q.follower = Follower(s, at: at(k) == " " && at(k + 1)?.isHan == true ? k + 1 : k)
        }
        return q
    }

    /// ¥3万: the currency is said after the magnitude word (三万元), unless 元 is typed after it.
    private func absorbingMagnitude(_ q: Quantity) -> Quantity {
        guard q.currency != nil, q.suffix == .none, let m = at(q.end), m == "万" || m == "亿", at(q.end + 1) != "元" else { return q }
        var q = q
        q.suffix = .unit(String(m))
        q.end += 1
        q.follower = Follower(unitName: String(m))
        return q
    }

    /// Whether the number at `j` continues a list of ordinals (第4、5、6排) or follows 第.
    private func isOrdinal(_ j: Int) -> Bool {
        if at(j - 1) == "第" { return true }
        guard let sep = at(j - 1), "、,，".unicodeScalars.contains(sep) else { return false }
        return lastOrdinalEnd == j - 1
    }

    /// Reads the quantity at `i` (a digit), and a range if one follows (3-5人 三至五人,
    /// -5~3℃ 零下五至三摄氏度, ¥300-500 三百至五百元, 3-5% 百分之三至百分之五).
    mutating func readQuantity(negative: Bool, currency: String?) {
        let start = i
        guard var left = parseQuantity(at: start) else { return }
        left.negative = negative
        left.currency = currency
        left = absorbingMagnitude(left)
        let ordinal = isOrdinal(start)
        // After a multiplication sign a number is arithmetic, not a count: 2×2米 二乘二米.
        let product = isTimesSign(start - 1) || (at(start - 1) == " " && isTimesSign(start - 2))
        let naming = ordinal || product

        if let right = rangeRight(after: left) {
            let leftHasOwnUnit = left.suffix != .none
            let text = render(left,
                              follower: leftHasOwnUnit ? left.follower : right.quantity.follower,
                              ordinal: naming,
                              percent: leftHasOwnUnit ? left.suffix : right.quantity.suffix,
                              temperature: left.isTemperature || right.quantity.isTemperature,
                              year: right.quantity.isYear && left.integer.count == 4 && left.fraction == nil,
                              sayCurrency: left.currency != nil && right.ownCurrency)
                + right.connector
                + render(right.quantity, follower: right.quantity.follower, ordinal: naming, percent: right.quantity.suffix,
                         temperature: right.quantity.isTemperature, year: right.quantity.isYear, sayCurrency: true)
            emit(text)
            i = right.quantity.end
            if right.quantity.hasUnit { lastUnitEnd = i }
        } else {
            emit(render(left, follower: left.follower, ordinal: naming, percent: left.suffix,
                        temperature: left.isTemperature, year: left.isYear, sayCurrency: true))
            i = left.end
            if left.hasUnit { lastUnitEnd = i }
            // "1." at the start of a line numbers a list item: 一、
            if at(i) == ".", !isDigit(i + 1), left.suffix == .none, isLineStart(start) {
                emitMark("、", soft: false)
                i += 1
            }
        }
        if ordinal { lastOrdinalEnd = i }
    }

    /// The second number of a range after `left`, if a connector and a number follow.
    private func rangeRight(after left: Quantity) -> (connector: String, quantity: Quantity, ownCurrency: Bool)? {
        guard left.suffix != .hash, let conn = rangeConnector(at: left.end) else { return nil }
        var k = conn.next
        var negative = false
        if at(k) == "-", isDigit(k + 1) {
            negative = true
            k += 1
        }
        var currency: String?
        if let c = at(k), let name = Self.currencies[c], isDigit(k + 1) {
            currency = name
            k += 1
        }
        guard isDigit(k), runEnd(k) - k <= NumberReading.maxCardinalDigits,
              // A right side that is itself a date or time belongs to its own reading.
              at(runEnd(k)) != ":", at(runEnd(k)) != "：",
              var right = parseQuantity(at: k) else { return nil }
        right.negative = negative
        right.currency = currency ?? left.currency
        right = absorbingMagnitude(right)
        return (conn.text, right, currency != nil)
    }

    func isLineStart(_ j: Int) -> Bool {
        var k = j - 1
        while k >= 0, s[k] == " " || s[k] == "\t" { k -= 1 }
        return k < 0 || s[k] == "\n" || s[k] == "\r"
    }

    /// The spoken form of one quantity. `follower` decides 两 and money; `percent`, `temperature`
    /// and `year` may come from the other end of a range.
    private func render(_ q: Quantity, follower f: Follower, ordinal: Bool, percent: Quantity.Suffix,
                        temperature: Bool, year: Bool, sayCurrency: Bool) -> String {
        var t = ""
        if q.negative { t += temperature ? "零下" : "负" }
        if percent == .percent { t += "百分之" } else if percent == .permille { t += "千分之" }
        let money = q.currency != nil || f.isMoney
        if var fraction = q.fraction {
            if money { while fraction.last == 0 { fraction.removeLast() } }  // 3.50元 三点五元
            t += NumberReading.decimal(integer: q.integer, fraction: fraction)
        } else if year {
            t += NumberReading.digits(q.integer)
        } else if q.integer.count > 1 && q.integer[0] == 0 && !f.dropsLeadingZero && !money {
            t += NumberReading.digits(q.integer)  // a typed leading zero makes a code: 007 零零七
        } else if f.isRoom && q.integer.count >= 3 && !ordinal {
            t += NumberReading.digits(q.integer)  // 301室 三零一室, as room numbers are said
        } else {
            // Counting numbers say 两 (两个, 两千, 两万); ordinals, percentages, temperatures and
            // names (2号, 2楼, 2月) say 二.
            let counting = !ordinal && !percent.isPercent && !temperature
            if counting && NumberReading.isBareTwo(q.integer) && f.takesLiang {
                t += "两"
            } else {
                t += NumberReading.cardinal(q.integer, liang: counting)
            }
        }
        switch q.suffix {
        case .unit(let name), .temperature(let name): t += name
        case .hash: t += "号"
        default: break
        }
        if sayCurrency, let currency = q.currency, !f.isMoney || q.suffix != .none { t += currency }
        return t
    }
}
