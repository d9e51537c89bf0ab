/// Tone sandhi on one clause (no punctuation inside), as eSpeak NG's pinyin voice does not do it:
/// 一 and 不 change by the next tone, and 3-3 is written out so that eSpeak's own naive
/// left-to-right 3-3 rule finds nothing left to change (it would read 小老虎 as xiao2 lao2 hu3).
/// Pure: characters and citation syllables in, spoken syllables out.
enum ToneSandhi {
    /// Characters that read 一 as a digit or an ordinal when next to it: 十一, 一九九九, 一二三.
    private static let digitNeighbours: Set<Character> = ["零", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "幺", "两"]
    /// 一 right after these is an ordinal: 第一, 初一, 周一, 星期一, 礼拜一.
    private static let ordinalBefore: Set<Character> = ["第", "初", "周", "期", "拜"]
    /// 一 right before these is an ordinal or a name: 一月, 一号, 一楼, 一等奖, 一级.
    private static let ordinalAfter: Set<Character> = ["月", "号", "楼", "等", "级"]

    /// Ordinal 一 that depends on two neighbours: 五月一日 (a date, not 一日三餐), 一点半 and
    /// 一点十分 (a clock time, not 一点儿), 一年级 (first grade, not 一年).
    private static func isDateOrTime(_ chars: [Character], _ i: Int) -> Bool {
        let next = chars[i + 1], after = i + 2 < chars.count ? chars[i + 2] : nil
        if next == "日" && i > 0 && chars[i - 1] == "月" { return true }
        if next == "点", let after {
            if "半钟整".contains(after) { return true }
            // Minutes: digits then 分 or 刻, or the clause's end, or two digits (一点十五). A lone
            // digit followed by anything else is an idiom's pattern (一点一滴), not a time.
            var end = i + 2
            while end < chars.count, digitNeighbours.contains(chars[end]) { end += 1 }
            if end > i + 2 && (end == chars.count || "分刻".contains(chars[end]) || end - (i + 2) >= 2) { return true }
        }
        if next == "年" && after == "级" { return true }
        return false
    }

    /// - Parameters:
    ///   - chars: the clause's characters, one per syllable.
    ///   - syllables: their citation syllables (tone 1–5).
    ///   - wordStart: true where a lexicon word begins.
    static func apply(chars: [Character], syllables: [String], wordStart: [Bool]) -> [String] {
        var out = syllables
        let n = chars.count
        func tone(_ i: Int) -> Int? { i >= 0 && i < n ? Syllable.tone(syllables[i]) : nil }
        func isLastOfLongWord(_ i: Int) -> Bool {
            i > 0 && !wordStart[i] && (i + 1 == n || wordStart[i + 1])
        }

        for i in 0..<n where i + 1 < n {
            let reduplicated = i > 0 && i + 1 < n && chars[i - 1] == chars[i + 1]
            let next = tone(i + 1)
            if chars[i] == "一" && syllables[i] == "yi1" {
                if digitNeighbours.contains(chars[i + 1]) || (i > 0 && digitNeighbours.contains(chars[i - 1]))
                    || (i > 0 && ordinalBefore.contains(chars[i - 1])) || ordinalAfter.contains(chars[i + 1])
                    || isDateOrTime(chars, i) || isLastOfLongWord(i) {
                    continue  // counting, ordinal, or word-final (统一, 万一): keeps tone 1
                }
                if reduplicated && chars[i - 1] != "一" { out[i] = "yi5"; continue }  // 看一看
                if next == 4 || next == 5 { out[i] = "yi2" } else if next != nil { out[i] = "yi4" }
            } else if chars[i] == "不" && syllables[i] == "bu4" {
                if reduplicated && chars[i - 1] != "不" { out[i] = "bu5"; continue }  // 是不是, 好不好
                if isLastOfLongWord(i) { continue }  // 要不, 恨不 …: nothing follows inside the word
                if next == 4 { out[i] = "bu2" }
            }
        }

        // 3-3: within a word every tone 3 before another tone 3 becomes 2 (展览 zhan2lan3, 展览馆
        // zhan2lan2guan3); then across word boundaries, so 小 + 老虎 (already lao2hu3) keeps xiao3.
        for i in 0..<n where i + 1 < n && !wordStart[i + 1] {
            if Syllable.tone(out[i]) == 3 && Syllable.tone(out[i + 1]) == 3 { out[i] = Syllable.withTone(out[i], 2) }
        }
        for i in stride(from: n - 2, through: 0, by: -1) where wordStart[i + 1] {
            if Syllable.tone(out[i]) == 3 && Syllable.tone(out[i + 1]) == 3 { out[i] = Syllable.withTone(out[i], 2) }
        }
        return out
    }
}
