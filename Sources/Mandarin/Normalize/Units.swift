/// Unit abbreviations typed after a number (5km, 37.3℃, 120㎡) and the Chinese word spoken for them.
enum Units {
    /// Latin abbreviations, longest first so `km²` wins over `km` and `min` over `m`. Case matters:
    /// `M` and `G` are not units (5G, 100M are product names and stay as letters).
    static let latin: [(abbreviation: [Unicode.Scalar], name: String)] = [
        ("km²", "平方公里"), ("km2", "平方公里"), ("cm²", "平方厘米"), ("m²", "平方米"), ("m2", "平方米"),
        ("m³", "立方米"), ("m3", "立方米"),
        ("kWh", "千瓦时"), ("kwh", "千瓦时"), ("KWh", "千瓦时"), ("min", "分钟"),
        ("mmol", "毫摩尔"), ("μg", "微克"), ("ug", "微克"), ("μm", "微米"), ("cm³", "立方厘米"), ("dB", "分贝"),
        ("kg", "公斤"), ("KG", "公斤"), ("Kg", "公斤"), ("km", "公里"), ("KM", "公里"), ("Km", "公里"),
        ("cm", "厘米"), ("mm", "毫米"), ("mg", "毫克"), ("ml", "毫升"), ("mL", "毫升"), ("ML", "毫升"),
        ("kW", "千瓦"), ("kw", "千瓦"), ("KW", "千瓦"), ("kV", "千伏"), ("kv", "千伏"), ("KV", "千伏"),
        ("ha", "公顷"), ("Hz", "赫兹"),
        ("h", "小时"), ("g", "克"), ("t", "吨"), ("m", "米"), ("L", "升"), ("l", "升"), ("s", "秒"),
        ("W", "瓦"), ("V", "伏"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The CJK compatibility squares some input methods offer.
    static let symbols: [Unicode.Scalar: String] = [
        "㎡": "平方米", "㎥": "立方米", "㎏": "公斤", "㎞": "公里", "㎝": "厘米", "㎜": "毫米",
        "㎎": "毫克", "㎖": "毫升", "ℓ": "升", "㏊": "公顷", "㎾": "千瓦",
    ]

    /// The unit starting at `i`, if any: its spoken name and where it ends. A Latin abbreviation
    /// must end the word (5km but not 5kmh), or it is part of a code.
    static func match(_ s: [Unicode.Scalar], at i: Int) -> (name: String, end: Int)? {
        guard i < s.count else { return nil }
        if let name = symbols[s[i]] { return (name, i + 1) }
        guard s[i].isLatinLetter || s[i] == "μ" else { return nil }
        for (abbreviation, name) in latin where i + abbreviation.count <= s.count {
            var ok = true
            for (k, a) in abbreviation.enumerated() where s[i + k] != a {
                ok = false
                break
            }
            guard ok else { continue }
            let end = i + abbreviation.count
            if end < s.count && (s[end].isLatinLetter || s[end].isDigit) { continue }
            return (name, end)
        }
        return nil
    }
}
