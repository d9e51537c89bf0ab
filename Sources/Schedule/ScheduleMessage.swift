// Every text `schedule check` (and the daemon's status) can say about a schedule file, in
// English and in Chinese. The Chinese uses the glossary's words (节目, 遍数, 提示音, 静音时段…)
// and names a key by both spellings, 'times'（时间）, since either may be in the file.
// Code and values a person types stay in quotes, as in the English.
import Messages
import Recording

enum ScheduleMessage: String, MessageCatalog {
    // The shape of a YAML value, for "must be a single value, not {shape}".
    case shapeScalar, shapeList, shapeMapping, shapeAlias
    // What kind of mapping a key list belongs to.
    case whatProgram, whatStation, whatAmplifier, whatProgramFile, whatStationFile
    // Keys and values (FieldReader, ListItems).
    case keyNotAWord, keyChineseColon, keyNeedsSpace, unknownKeyDidYouMean, unknownKey
    case keyGivenTwice, keyGivenTwiceAs, keyGivenTwiceOnly
    case notSingleValue, noValue, missingKey, emptyText
    case entryNotSingleValue, emptyEntry, listsNothing
    // times / every / between.
    case timesAndEvery, betweenWithoutEvery, missingTimes, timeListedTwice
    case everyOutOfRange, everyNeedsBetween, betweenPastMidnight
    // days, program keys.
    case unknownDay, unknownDayDidYouMean, textTooLong, untilBeforeFrom, gapTooLong
    case unknownVoice, unknownVoiceDidYouMean, noVoices, voiceList
    case unknownPriority, unknownPriorityDidYouMean, neverPlays, duplicateProgram
    // Value syntax.
    case timeMissing, notATime, time24, hourOutOfRange, minuteOutOfRange, secondOutOfRange
    case notADate, monthOutOfRange, dayOutOfRange, notARange, emptyRange
    case notYesOrNo, notAWholeNumber, outOfRange
    // station.yaml.
    case tooLong, unknownTimeZone, amplifierNotAGroup, amplifierDoesNothing, mixerIgnoredWithZones
    case quietTime, quietTimes, volumeNeedsLevel, volumeNotARange
    // The file's structure (StructureHints, PreScan, SourceDecoder).
    case notYAML, unclosedQuote, brokenLayout, badCharacter, tabIndent, notKeyValue
    case chineseColonAfterKey, spaceAfterKey, indentedMore, noEnglishColon, notMapping
    case anchors, nestedTooDeep, utf16, notUTF8, emptyFile, tooBig
    // The file itself (ScheduleLoader).
    case folderMissing, folderUnreadable, linkOutside, linkLoop, notFound, cannotRead
    case skippedFolder, skippedTxt, skippedNotSchedule, skippedNotRegular
    case loudnessNotANumber, loudnessInvalid
    // station.yaml zones: (ZonesReader).
    case whatZone, zonesNotAGroup, zoneNeedsDevice, zoneNotARoute, stationHasNoZones

    var templates: (english: String, chinese: String) {
        switch self {
        case .shapeScalar: ("a single value", "单个值")
        case .shapeList: ("a list", "列表")
        case .shapeMapping: ("a group of keys", "一组键")
        case .shapeAlias: ("an alias", "别名")
        case .whatProgram: ("program", "节目的")
        case .whatStation: ("station.yaml", "广播站设置（station.yaml）的")
        case .whatAmplifier: ("amplifier", "功放（amplifier）的")
        case .whatProgramFile: ("a program file", "节目文件")
        case .whatStationFile: ("station.yaml", "广播站设置文件 station.yaml")

        case .keyNotAWord:
            ("a key must be a single word followed by ':' (found {shape})",
             "键名必须是一个词，后面跟英文冒号 ':'（这里是{shape}）")
        case .keyChineseColon:
            ("'{key}' is followed by the Chinese colon '：' — type the English colon ':' and a space",
             "'{key}' 后面是中文冒号 '：'，请改成英文冒号 ':' 再加一个空格")
        case .keyNeedsSpace:
            ("put a space after the ':' in '{text}'", "'{text}' 里的冒号 ':' 后面要加一个空格")
        case .unknownKeyDidYouMean:
            ("unknown key '{key}' — did you mean '{near}'?", "不认识的键名 '{key}'，是不是想写 '{near}'？")
        case .unknownKey:
            ("unknown key '{key}' — {what} keys are: {keys}", "不认识的键名 '{key}'。{what}键名有：{keys}")
        case .keyGivenTwice:
            ("'{key}' is given twice — it is already at line {line}; keep one",
             "'{key}' 写了两次，第 {line} 行已经有了，请只留一个")
        case .keyGivenTwiceAs:
            ("'{key}' is given twice — it is already at line {line} (as '{earlier}'); keep one",
             "'{key}' 写了两次，第 {line} 行已经有了（写作 '{earlier}'），请只留一个")
        case .keyGivenTwiceOnly:
            ("'{key}' is given twice — keep one", "'{key}' 写了两次，请只留一个")
        case .notSingleValue:
            ("'{key}' must be a single value, not {shape} — e.g. {example}",
             "'{key}' 只能写一个值，不能是{shape}，例如 {example}")
        case .noValue:
            ("'{key}' has no value — e.g. {example}", "'{key}' 后面没有写值，例如 {example}")
        case .missingKey:
            ("missing '{key}' — add a line like '{example}'", "缺少 {key}，请加一行，例如 '{example}'")
        case .emptyText:
            ("{what} is empty — write it after '{key}:'", "{what}是空的，请写在 '{key}:' 后面")
        case .entryNotSingleValue:
            ("each entry of '{key}' must be a single value, not {shape} — e.g. {example}",
             "'{key}' 的每一项只能是单个值，不能是{shape}，例如 {example}")
        case .emptyEntry:
            ("'{key}' has an empty entry — e.g. {example}", "'{key}' 里有一项是空的，例如 {example}")
        case .listsNothing:
            ("'{key}' lists nothing — e.g. {example}", "'{key}' 后面什么也没写，例如 {example}")

        case .timesAndEvery:
            ("use either '{times}' or '{every}', not both — remove one",
             "'{times}' 和 '{every}' 只能用一个，请删掉其中一个")
        case .betweenWithoutEvery:
            ("'{between}' only goes with 'every' — remove it or replace 'times' by 'every'",
             "'{between}' 只能和 'every'（每隔）一起用：请删掉它，或者把 'times'（时间）改成 'every'（每隔）")
        case .missingTimes:
            ("missing 'times' — add a line like '{example}', or 'every: 2h' with 'between: 08:00-18:00'",
             "缺少 'times'（时间），请加一行，例如 '{example}'，或者写 'every: 2h' 再加 'between: 08:00-18:00'")
        case .timeListedTwice:
            ("time {time} is listed twice (also at line {line}) — it plays once",
             "时间 {time} 写了两次（第 {line} 行也有），只播一次")
        case .everyOutOfRange:
            ("'every' must be between 5m and 24h in whole seconds — e.g. every: 30m or every: 2h",
             "'every'（每隔）必须在 5 分钟到 24 小时之间，按整秒算，例如 'every: 30m' 或 'every: 2h'")
        case .everyNeedsBetween:
            ("'{every}' needs 'between' too — add a line like 'between: 08:00-18:00'",
             "'{every}' 还需要 'between'（时段），请加一行，例如 'between: 08:00-18:00'")
        case .betweenPastMidnight:
            ("'between: {range}' runs past midnight — 'every' works within one day; split it into two programs",
             "'between: {range}' 跨过了半夜零点，'every'（每隔）只能在同一天之内，请拆成两个节目")

        case .unknownDay:
            ("unknown day '{day}' (write mon…sun or 周一…周日, a date like 2026-12-01, or daily / weekdays / weekends)",
             "不认识的日期 '{day}'（请写 周一…周日 或 mon…sun、日期如 2026-12-01，或者 daily（每天）/ weekdays（工作日）/ weekends（周末））")
        case .unknownDayDidYouMean:
            ("unknown day '{day}' — did you mean '{near}'? (write mon…sun or 周一…周日, a date like 2026-12-01, or daily / weekdays / weekends)",
             "不认识的日期 '{day}'，是不是想写 '{near}'？（请写 周一…周日 或 mon…sun、日期如 2026-12-01，或者 daily（每天）/ weekdays（工作日）/ weekends（周末））")
        case .textTooLong:
            ("text is {count} characters long — at most {max} can be read in one announcement; split it into two programs",
             "内容有 {count} 个字，一次广播最多只能读 {max} 个字，请拆成两个节目")
        case .untilBeforeFrom:
            ("'until' {until} is before 'from' {from} — the program would never play; check the two dates",
             "'until'（结束日期）{until} 早于 'from'（开始日期）{from}，这个节目永远不会播出，请检查这两个日期")
        case .gapTooLong:
            ("gap {gap} is too long — use at most 10m", "间隔 {gap} 太长，最多 10 分钟（'10m'）")
        case .unknownVoice:
            ("unknown voice '{name}' — {list}", "不认识的音色 '{name}'，{list}")
        case .unknownVoiceDidYouMean:
            ("unknown voice '{name}' — did you mean '{near}'? ({list})", "不认识的音色 '{name}'，是不是想写 '{near}'？（{list}）")
        case .noVoices: ("no voices are installed", "没有安装任何音色")
        case .voiceList: ("voices are: {names}", "可用的音色有：{names}")
        case .unknownPriority:
            ("unknown priority '{priority}' (use low, normal, high or emergency — 低 / 普通 / 高 / 紧急)",
             "不认识的优先级 '{priority}'（请写 低 / 普通 / 高 / 紧急，或者 'low'、'normal'、'high'、'emergency'）")
        case .unknownPriorityDidYouMean:
            ("unknown priority '{priority}' — did you mean '{near}'? (use low, normal, high or emergency — 低 / 普通 / 高 / 紧急)",
             "不认识的优先级 '{priority}'，是不是想写 '{near}'？（请写 低 / 普通 / 高 / 紧急，或者 'low'、'normal'、'high'、'emergency'）")
        case .neverPlays:
            ("none of the listed days is between 'from' and 'until' (or all are in 'except') — this program never plays",
             "列出的日期没有一天在 'from'（开始日期）和 'until'（结束日期）之间（或者都在 'except'（除外）里），这个节目永远不会播出")
        case .duplicateProgram:
            ("program '{id}' is already defined by {first} — rename or remove one of the two files",
             "节目 '{id}' 已经由 {first} 定义了，请把两个文件中的一个改名或删掉")

        case .timeMissing: ("a time is missing here — write it like 07:30", "这里缺少时间，请写成 07:30 这样")
        case .notATime:
            ("'{text}' is not a time — write hours and minutes like 07:30 (or 07:30:15 with seconds)",
             "'{text}' 不是时间，请写小时和分钟，例如 07:30（带秒写成 07:30:15）")
        case .time24:
            ("time {time} does not exist — use 00:00 (it belongs to the next day) or 23:59",
             "时间 {time} 不存在，请写 23:59 或次日 00:00")
        case .hourOutOfRange:
            ("time {time} does not exist — hours go from 00 to 23", "时间 {time} 不存在，小时只能是 00 到 23")
        case .minuteOutOfRange:
            ("time {time} does not exist — minutes go from 00 to 59", "时间 {time} 不存在，分钟只能是 00 到 59")
        case .secondOutOfRange:
            ("time {time} does not exist — seconds go from 00 to 59", "时间 {time} 不存在，秒只能是 00 到 59")
        case .notADate:
            ("'{text}' is not a date — write year-month-day like 2026-12-01",
             "'{text}' 不是日期，请按 年-月-日 的顺序写，例如 2026-12-01")
        case .monthOutOfRange:
            ("date {text} does not exist — months go from 1 to 12 (year-month-day order)",
             "日期 {text} 不存在，月份只能是 1 到 12（顺序是 年-月-日）")
        case .dayOutOfRange:
            ("date {text} does not exist — {month} {year} has {days} days",
             "日期 {text} 不存在，{year}年{month}只有 {days} 天")
        case .notARange:
            ("'{text}' is not a time range — write it like 08:00-18:00", "'{text}' 不是时间段，请写成 08:00-18:00 这样")
        case .emptyRange:
            ("range {text} starts and ends at the same time — it would be empty",
             "时间段 {text} 的开始和结束是同一时刻，等于没有时间")
        case .notYesOrNo:
            ("'{text}' is not yes or no — write true or false (是 / 否)", "'{text}' 不是“是”或“否”，请写 是 / 否（或 'true' / 'false'）")
        case .notAWholeNumber:
            ("'{text}' is not a whole number — write {what} as a number like {example}",
             "'{text}' 不是整数，{what}请写一个数字，例如 {example}")
        case .outOfRange:
            ("{what} {value} is out of range — use {low} to {high}", "{what} {value} 超出范围，请写 {low} 到 {high}")

        case .tooLong: ("{what} is too long — use at most {limit}", "'{what}' 太长，最多 {limit}")
        case .unknownTimeZone:
            ("unknown time zone '{text}' — write a region name like Asia/Shanghai or Asia/Urumqi",
             "不认识的时区 '{text}'，请写地区名，例如 Asia/Shanghai 或 Asia/Urumqi")
        case .volumeNeedsLevel:
            ("'{key}' needs a level — e.g. {example}", "'{key}' 后面要写音量，例如 {example}")
        case .volumeNotARange:
            ("'{key}' is not a time range, default or emergency — e.g. {example}",
             "'{key}' 不是时间段，也不是 default（默认）或 emergency（紧急），例如 {example}")
        case .amplifierNotAGroup:
            ("'amplifier' must be a group of keys (on_command, off_command, warm_up, hold) indented below it",
             "'amplifier'（功放）下面必须是一组键（on_command、off_command、warm_up、hold），每行比它多缩进两个空格")
        case .amplifierDoesNothing:
            ("'amplifier' has no on_command or off_command — it does nothing",
             "'amplifier'（功放）既没有 on_command 也没有 off_command，不起作用")
        case .mixerIgnoredWithZones:
            ("'mixer' is not used with zones: each zone's level goes onto its own sound, since zones on one card share its one volume control — set the card's volume once with alsamixer and remove 'mixer'",
             "有分区时不用 'mixer'（混音器）：每个分区的音量直接加在它自己的声音上（同一声卡上的分区共用一个音量控制）——请用 alsamixer 把声卡音量调好一次，再删掉 'mixer'")
        case .quietTime:
            ("time {time}: it falls in the quiet hours {quiet} (station.yaml) and will wait until {end}; use priority: emergency only if it must sound at night",
             "时间 {time} 在静音时段 {quiet}（station.yaml）之内，要等到 {end} 才播；只有夜里必须播的才用 'priority: emergency'（紧急）")
        case .quietTimes:
            ("{count} of the times, from {time},: it falls in the quiet hours {quiet} (station.yaml) and will wait until {end}; use priority: emergency only if it must sound at night",
             "其中 {count} 个时间（从 {time} 起）在静音时段 {quiet}（station.yaml）之内，要等到 {end} 才播；只有夜里必须播的才用 'priority: emergency'（紧急）")

        case .notYAML:
            ("this file cannot be read as YAML ({detail})", "这个文件无法按 YAML 格式读取（原始信息：「{detail}」）")
        case .unclosedQuote:
            ("the quote opened here is never closed — end the value with the same quote mark, or remove it",
             "这里开始的引号没有结束，请在值的末尾加上同样的引号，或者把引号删掉")
        case .brokenLayout:
            ("the layout is broken here ({detail}) — each line should be 'key: value', list entries start with '- ', and lines of one block are indented alike",
             "这里的格式乱了（原始信息：「{detail}」）：每行应该是 'key: value'（键名: 值），列表的每一项以 '- ' 开头，同一块里的各行缩进要一样")
        case .badCharacter:
            ("this file contains a character that is not allowed ({detail}) — remove it or retype the line",
             "文件里有不允许的字符（原始信息：「{detail}」），请删掉它或者重新输入这一行")
        case .tabIndent:
            ("this line is indented with a tab — YAML needs spaces; replace the tab with spaces",
             "这一行用 Tab 键缩进了，YAML 只认空格，请把 Tab 换成空格")
        case .notKeyValue:
            ("this line is not 'key: value' — if it belongs to '{key}', write '{key}: |' and indent its lines by two spaces",
             "这一行不是 'key: value'（键名: 值）的格式。如果它属于 '{key}'，请写成 '{key}: |'，并把下面的各行缩进两个空格")
        case .chineseColonAfterKey:
            ("after '{key}' use the English colon ':' (followed by a space), not the Chinese '：'",
             "'{key}' 后面要用英文冒号 ':'（再加一个空格），不能用中文冒号 '：'")
        case .spaceAfterKey:
            ("put a space after '{key}:' — write '{key}: {rest}'", "'{key}:' 后面要加一个空格，写成 '{key}: {rest}'")
        case .indentedMore:
            ("'{key}' is indented more than '{previous}' above it — start it at the same column",
             "'{key}' 比上面的 '{previous}' 缩进得多，请让它们从同一列开始")
        case .noEnglishColon:
            ("{what} needs 'key: value' lines, but no line has an English colon ':' — the Chinese '：' does not count",
             "{what}要由 'key: value'（键名: 值）的行组成，但没有一行有英文冒号 ':'，中文冒号 '：' 不算")
        case .notMapping:
            ("{what} must be made of 'key: value' lines ({keys}…), not {shape}",
             "{what}要由 'key: value'（键名: 值）的行组成（{keys}…），而不是{shape}")
        case .anchors:
            ("anchors ('&name') and aliases ('*name') are not used in schedule files — write each value out in full",
             "节目表文件里不能用锚点（'&name'）和别名（'*name'），请把每个值完整写出来")
        case .nestedTooDeep:
            ("this file nests {depth} levels deep here — a schedule file needs 3 at most; is it the right file?",
             "这个文件在这里嵌套了 {depth} 层，节目表文件最多只需要 3 层，是不是放错了文件？")
        case .utf16:
            ("this file is saved as UTF-16 (\"Unicode\"), not UTF-8 — in Notepad choose 文件 → 另存为 (File → Save As), set 编码 (Encoding) to UTF-8, and save again",
             "这个文件存成了 UTF-16（“Unicode”）编码，不是 UTF-8。请在记事本里选 文件 → 另存为，把“编码”选成 UTF-8，再保存一次")
        case .notUTF8:
            ("this file is not saved as UTF-8 (it looks like GBK/ANSI, the Chinese Windows default) — in Notepad choose 文件 → 另存为 (File → Save As), set 编码 (Encoding) to UTF-8, and save again",
             "这个文件不是 UTF-8 编码（看起来是 GBK/ANSI，中文 Windows 的默认编码）。请在记事本里选 文件 → 另存为，把“编码”选成 UTF-8，再保存一次")
        case .emptyFile:
            ("this file is empty — a program needs at least title, text, days and times",
             "这个文件是空的，一个节目至少要有 title（标题）、text（内容）、days（日期）和 times（时间）")
        case .tooBig:
            ("this file is {size} KB — a schedule file must be under {max} KB; is it the right file?",
             "这个文件有 {size} KB，节目表文件必须小于 {max} KB，是不是放错了文件？")

        case .folderMissing: ("the schedules folder does not exist", "节目表文件夹不存在")
        case .folderUnreadable:
            ("the schedules folder cannot be read ({reason})", "节目表文件夹无法读取（系统信息：「{reason}」）")
        case .linkOutside:
            ("refused: this is a symbolic link to a file outside the schedules folder — copy the file into the folder instead",
             "拒绝读取：这是指向节目表文件夹以外文件的符号链接，请把文件本身复制到文件夹里")
        case .linkLoop:
            ("skipped: this is a symbolic link that loops back on itself", "已跳过：这个符号链接绕回了自己，形成循环")
        case .notFound:
            ("file not found (or a symbolic link to a missing file)", "找不到这个文件（或者它是指向不存在文件的符号链接）")
        case .cannotRead:
            ("cannot read this file ({reason})", "无法读取这个文件（系统信息：「{reason}」）")
        case .skippedFolder:
            ("skipped: folders inside the schedules folder are not read", "已跳过：节目表文件夹里的子文件夹不会被读取")
        case .skippedTxt:
            ("skipped: this file ends in .txt, so it is not read — rename it to {name} (in Notepad's 另存为 / Save As, choose 保存类型 \"所有文件 (*.*)\" / All files)",
             "已跳过：这个文件名以 .txt 结尾，不会被读取。请改名为 {name}（在记事本的“另存为”里，把“保存类型”选成“所有文件 (*.*)”）")
        case .skippedNotSchedule:
            ("skipped: not a schedule file — only .yaml and .yml files are read", "已跳过：不是节目表文件，只读取 .yaml 和 .yml 文件")
        case .skippedNotRegular:
            ("skipped: not a regular file (a folder, pipe or device)", "已跳过：不是普通文件（是文件夹、管道或设备）")
        case .whatZone: ("zone", "分区（zone）的")
        case .zonesNotAGroup:
            ("'zones' must be a group: one zone a line, its name, a colon and where it plays — e.g. {example}",
             "'zones'（分区）下面每行写一个分区：分区名、冒号、播放设备，例如 {example}")
        case .zoneNeedsDevice:
            ("zone {name} needs a device — e.g. {example}", "分区 {name} 要写播放设备，例如 {example}")
        case .zoneNotARoute:
            ("zone {name}: '{text}' is not a device and channel — write the ALSA device, then left, right or a channel number, e.g. {example}",
             "分区 {name}：'{text}' 不是“设备 声道”，请先写 ALSA 设备名，再写 left（左）、right（右）或声道号，例如 {example}")
        case .stationHasNoZones:
            ("no zone named {names} — station.yaml names no zones, so every program plays on all loudspeakers; remove 'zones' here or name the zones in station.yaml",
             "没有叫 {names} 的分区：station.yaml 没有设分区，所有节目都在全部喇叭播放；请删掉这里的 'zones'（分区），或在 station.yaml 里写上分区")
        case .loudnessNotANumber:
            ("'{key}' must be a number of {unit}, like -16 — not '{text}'", "'{key}' 要写 {unit} 数值，例如 -16，不能是 '{text}'")
        case .loudnessInvalid:
            ("{reason}", "响度设置不合适（「{reason}」）：响度在 -40 到 -5 LUFS 之间（默认 -16），峰值上限在 -12 到 0 dBTP 之间（默认 -1）且要高于响度")
        }
    }
}
