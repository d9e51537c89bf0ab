// The help of the `dalaba` commands (and their usage errors) in English and Chinese; the
// English is what `make man` and the completion scripts are made from (LC_ALL=C).
import Messages

enum HelpMessage: String, MessageCatalog {
    /// The root help's examples: commands, the same in both languages.
    static let examples = """
          dalaba status
          dalaba say "各位村民请注意，今晚七点在村委会开会。" --at 18:30
          dalaba say "紧急通知：请立即撤离河道。" --priority emergency
          dalaba schedule check
          dalaba history --date 2026-12-01
          dalaba preview --voice slow -o notice.wav "请大家勤洗手、戴口罩。"
        """

    case rootDiscussion, rootAbstract, previewAbstract, previewDiscussion
    case previewText, previewVoice, previewRepeat, previewGap
    case noChime, previewAlert, previewOutput, previewDevice
    case previewVoices, repeatRange, gapRange, outputWAV
    case nothingToSay, noSoundCard, pinyinAbstract, pinyinDiscussion
    case pinyinText, pinyinPerChar, pinyinExplain, pinyinVoices
    case perCharAndExplain, nothingToRead, normalizeAbstract, normalizeDiscussion
    case normalizeText, nothingToNormalize, scheduleAbstract, checkAbstract
    case checkPaths, showAbstract, showDiscussion, showDate
    case showJSON
    case checkDiscussion, scheduleVoices, showSchedules, badDate, noVoicesFolder, voicesNotChecked
    case lexiconFailed, wrote
    case statusAbstract, sayAbstract, sayText, sayAt
    case sayRepeat, sayPriority, sayVoice, sayExpires, sayAudio, sayZones
    case queueAbstract, cancelAbstract, cancelID, skipAbstract, skipZone
    case pauseAbstract, resumeAbstract, reloadAbstract, historyAbstract
    case historyDate, historyCSV, watchAbstract, optionSocket
    case alertsAbstract
    case optionJSON, badExpires
    case volumeAbstract, volumeDiscussion, volumeLevel, volumeUntil

    var templates: (english: String, chinese: String) {
        switch self {
        case .rootDiscussion:
            ("""
            The station daemon dalabad plays the programs in the schedule files and what staff \
            queue here. Commands that change the queue need membership of the group dalaba.

            Examples:
            {examples}

            Exit status: 0 done, 1 refused or failed, 2 wrong usage.
            """,
             """
            广播站的后台程序 dalabad 按节目表文件播出节目，也播出工作人员在这里插播的通知。\
            改动播出队列的命令需要当前用户属于 dalaba 组。

            例子：
            {examples}

            退出状态：0 完成，1 被拒绝或失败，2 命令写法有误。
            """)
        case .rootAbstract: ("Control the village loudspeaker: say announcements, manage the queue, check schedules.",
            "控制村里的大喇叭：插播通知、管理播出队列、检查节目表。")
        case .previewAbstract: ("Render one announcement and play it on the speaker or write it to a WAV file.",
            "合成一条广播，在喇叭上试听，或者存成 WAV 文件。")
        case .previewDiscussion:
            ("""
            Without a sound card (and without --device) the announcement is written to \
            dalaba-preview.wav in the current directory instead, and the path is printed.
            """,
             """
            没有声卡（也没有写 --device）时，改为存到当前文件夹的 \
            dalaba-preview.wav，并显示文件路径。
            """)
        case .previewText: ("The announcement text, in Chinese or tone-numbered pinyin; read from standard input when omitted.",
            "广播内容，汉字或带声调数字的拼音；不写时从标准输入读取。")
        case .previewVoice: ("The voice profile to speak with (a NAME.yaml in the voices directory; default: standard, else the first, as on the station).",
            "用哪个音色（voices 文件夹里的 音色名.yaml；默认 standard，没有时用第一个，和广播站一样）。")
        case .previewRepeat: ("How many times the text is read in a row.",
            "连读几遍（遍数）。")
        case .previewGap: ("Seconds of silence between repeats (the station's gap unless given).",
            "两遍之间停几秒（不写时用广播站的间隔）。")
        case .noChime: ("Leave out the ding-dong before the text.",
            "不放内容前的提示音（叮咚）。")
        case .previewAlert: ("Use the emergency alert tone instead of the ding-dong.",
            "用紧急广播的警报音代替叮咚。")
        case .previewOutput: ("Write a WAV file here instead of playing it.",
            "存成这个 WAV 文件，不播放。")
        case .previewDevice: ("The ALSA device to play on (default: the system's default device).",
            "在哪个 ALSA 设备上播放（默认：系统的默认设备）。")
        case .previewVoices: ("The directory of voice profiles and lexicons.",
            "音色和读音词典所在的文件夹。")
        case .repeatRange: ("--repeat must be from 1 to 10",
            "--repeat（遍数）只能是 1 到 10")
        case .gapRange: ("--gap must be from 0 to 60 seconds",
            "--gap（间隔）只能是 0 到 60 秒")
        case .outputWAV: ("--output must name a .wav file, e.g. -o notice.wav",
            "--output 必须是 .wav 文件，例如 -o notice.wav")
        case .nothingToSay: ("nothing to say: give the announcement text as an argument or on standard input",
            "没有要播的内容：请把广播内容写在命令后面，或者从标准输入给出")
        case .noSoundCard: ("no sound card on this machine: writing dalaba-preview.wav instead",
            "这台电脑没有声卡：改为存到 dalaba-preview.wav")
        case .pinyinAbstract: ("Print the tone-numbered pinyin a Chinese text is spoken as, after normalization and tone sandhi.",
            "显示一段中文经过规范化和变调之后的读法（带声调数字的拼音）。")
        case .pinyinDiscussion:
            ("""
            Without TEXT every line of standard input is read and answered by one output line, so \
            many sentences go through one process. With --per-char each non-whitespace character \
            gets exactly one token: its citation reading (tone 1-5, 5 neutral) in context for a \
            hanzi, the character itself otherwise; no normalization, no sandhi. With --explain \
            each word is printed on its own line with its readings (before tone sandhi) and where \
            they come from: the local or domain lexicon (file:line), a dictionary word, a grammar \
            rule, or the polyphone model with its probability; a wrong reading is fixed by a line \
            in lexicon.local.tsv.
            """,
             """
            不写 TEXT 时，逐行读标准输入，每行输出一行，这样很多句子可以在一个进程里处理。\
            加 --per-char 时，每个非空白字符正好对应一个结果：汉字给出它在上下文中的本调\
            （声调 1 到 5，5 是轻声），其他字符原样输出；不做规范化，也不变调。加 --explain 时，\
            每个词单独一行，显示它的读音（变调之前）和读音的来源：本地或领域读音词典（文件:行号）、\
            词典里的词、语法规则，或者多音字模型及其概率；读错的音在 lexicon.local.tsv 里加一行就能改正。
            """)
        case .pinyinText: ("The text to read; standard input, line by line, when omitted.",
            "要读的文字；不写时逐行读标准输入。")
        case .pinyinPerChar: ("One citation-reading token per character, without normalization or sandhi.",
            "每个字一个本调读音，不做规范化和变调。")
        case .pinyinExplain: ("Print each word with its readings and where they come from (lexicon file:line, dictionary, rule, model).",
            "每个词显示它的读音和来源（读音词典的文件:行号、词典、规则、模型）。")
        case .pinyinVoices: ("The directory of voice profiles and lexicons (holds mandarin/ and lexicon.local.tsv).",
            "音色和读音词典所在的文件夹（里面有 mandarin/ 和 lexicon.local.tsv）。")
        case .perCharAndExplain: ("--per-char and --explain are two different outputs: give one of them",
            "--per-char 和 --explain 是两种不同的输出，只能写一个")
        case .nothingToRead: ("nothing to read: give Chinese text as an argument or on standard input",
            "没有要读的文字：请把中文写在命令后面，或者从标准输入给出")
        case .normalizeAbstract: ("Print a text with its numbers, dates, times, phone numbers and units written out as they will be read.",
            "显示一段文字里的数字、日期、时间、电话号码和单位会被读成什么样子。")
        case .normalizeDiscussion:
            ("""
            Without TEXT every line of standard input is answered by one output line, so many \
            sentences go through one process. Example: `dalaba normalize 请于12月5日上午8:30到村委会` \
            prints 请于十二月五日上午八点三十分到村委会. Characters with no reading (emoji, unknown \
            symbols) are kept as typed and named in a warning on standard error, as `dalaba pinyin` does.
            """,
             """
            不写 TEXT 时，逐行读标准输入，每行输出一行，这样很多句子可以在一个进程里处理。\
            例如 `dalaba normalize 请于12月5日上午8:30到村委会` 显示 请于十二月五日上午八点三十分到村委会。\
            没有读音的字符（表情符号、不认识的符号）原样保留，并在标准错误上给出警告，和 `dalaba pinyin` 一样。
            """)
        case .normalizeText: ("The text to normalize; standard input, line by line, when omitted.",
            "要规范化的文字；不写时逐行读标准输入。")
        case .nothingToNormalize: ("nothing to normalize: give the text as an argument or on standard input",
            "没有要规范化的文字：请把文字写在命令后面，或者从标准输入给出")
        case .scheduleAbstract: ("Check schedule files and show a day's timetable, without the daemon.",
            "检查节目表文件、显示某一天的节目单，不需要后台程序。")
        case .checkAbstract: ("Check schedule files and print every problem as FILE:LINE:COL: error: MESSAGE.",
            "检查节目表文件，列出每一个问题：文件 第几行第几列 错误：怎么改。")
        case .checkPaths: ("Schedule folders or single .yaml files to check.",
            "要检查的节目表文件夹或单个 .yaml 文件。")
        case .showAbstract: ("Print one day's timetable in time order: time, title, priority, repeat, source file:line.",
            "按时间顺序显示某一天的节目单：时间、标题、优先级、遍数、来自哪个文件的第几行。")
        case .showDiscussion:
            ("""
            Times are the station's (timezone in station.yaml, default Asia/Shanghai). With --json, \
            prints an array of objects with the fields time, title, priority, repeat, file, line, \
            program, date, due, voice, chime and quiet (true when it falls in quiet hours and so waits). Files with errors are left out and reported on \
            standard error; the exit status is then 1.
            """,
             """
            时间是广播站的时间（station.yaml 里的 timezone，默认 Asia/Shanghai）。加 --json 时\
            输出一个对象数组，字段为 time、title、priority、repeat、file、line、\
            program、date、due、voice、chime 和 quiet（落在静音时段、要等待时为 true）。出错的文件不列入，\
            在标准错误上说明；这时退出状态为 1。
            """)
        case .showDate: ("The day to show, as YYYY-MM-DD (default: today at the station).",
            "显示哪一天，YYYY-MM-DD（默认：广播站的今天）。")
        case .showJSON: ("Print JSON instead of a table.",
            "以 JSON 显示，不显示表格。")
        case .checkDiscussion:
            ("""
            With no PATH, checks the schedules folder (./schedules if it exists, else \
            {installed}). Exits 1 if any file has an error, else prints \
            a one-line summary and exits 0. Warnings (skipped files, a time listed twice…) do not fail the check.
            """,
             """
            不写 PATH 时，检查节目表文件夹（当前文件夹下有 schedules 就用它，否则用 \
            {installed}）。有文件出错时退出状态为 1，否则显示一行总结并以 0 退出。\
            警告（跳过的文件、同一个时间写了两次等）不算检查失败。
            """)
        case .scheduleVoices:
            ("The voice profiles folder whose names 'voice:' may use (default: ./voices, else /usr/local/share/dalaba/voices).",
             "音色文件夹，'voice:' 只能用其中的音色名（默认：./voices，没有时用 /usr/local/share/dalaba/voices）。")
        case .showSchedules:
            ("The schedules folder (default: ./schedules if it exists, else {installed}).",
             "节目表文件夹（默认：./schedules，没有时用 {installed}）。")
        case .badDate:
            ("--date must be a real day written YYYY-MM-DD, e.g. 2026-12-01 (got '{date}')",
             "--date 必须是真实存在的日期，写成 YYYY-MM-DD，例如 2026-12-01（这里写的是 '{date}'）")
        case .noVoicesFolder: ("no voices folder at {path}", "{path} 没有音色文件夹")
        case .voicesNotChecked:
            ("note: no voices folder at {path} — voice names are not checked", "提示：{path} 没有音色文件夹，不检查音色名")
        case .lexiconFailed: ("cannot load the Mandarin lexicon: {error}", "无法载入普通话读音词典（系统信息：「{error}」）")
        case .statusAbstract: ("Show what plays now, what is next, the queue length, the speaker and any schedule errors.",
            "显示正在播什么、下一条是什么、队列里有几条、喇叭的状态，以及节目表的错误。")
        case .sayAbstract: ("Queue an announcement now or at a given time, and print its id.",
            "插播一条通知，马上播或者在指定时间播，并显示它的编号。")
        case .sayText: ("What to announce, in Chinese; read from standard input when omitted.",
            "要播的内容（中文）；不写时从标准输入读取。")
        case .sayAt: ("When to play it: HH:MM[:SS] today or YYYY-MM-DDTHH:MM[:SS] (default: now).",
            "什么时候播：今天的 HH:MM[:SS]，或者 YYYY-MM-DDTHH:MM[:SS]（默认：现在）。")
        case .sayRepeat: ("How many times the text is read in a row (1-10).",
            "连读几遍（1 到 10）。")
        case .sayPriority: ("low, normal, high (goes ahead of waiting items) or emergency (interrupts, with the alert tone).",
            "优先级：low（低）、normal（普通）、high（高，排在等待的通知前面）或 emergency（紧急，打断正在播的，并放警报音）。")
        case .sayAudio: ("A recording to play (WAV, FLAC, Ogg Vorbis or MP3), after the text if there is one; the daemon reads the file.",
                         "要播放的录音（WAV、FLAC、Ogg Vorbis 或 MP3），有文字时在文字之后播放；由守护进程读取这个文件。")
        case .sayZones: ("The zones to play in, by name, e.g. 东头,西头 (default: all zones).",
                         "在哪些分区播放，写分区名，例如 东头,西头（默认：所有分区）。")
        case .sayVoice: ("The voice profile to speak with (default: the station's standard voice).",
            "用哪个音色（默认：广播站的标准音色）。")
        case .sayExpires: ("Give up if it cannot play within this long after its time, e.g. 30m, 2h (default: never).",
            "到点后过了这么久还播不出就放弃，例如 30m、2h（默认：不放弃）。")
        case .queueAbstract: ("List what will play, in order: queued announcements and the rest of today's programs.",
            "按顺序列出要播的：插播的通知和今天剩下的节目。")
        case .cancelAbstract: ("Remove a queued announcement by its id, or stop it if it is playing.",
            "按编号取消队列里的一条通知；正在播的就停下来。")
        case .cancelID: ("The announcement's id, as `dalaba queue` or `dalaba say` printed it.",
            "通知的编号，即 `dalaba queue` 或 `dalaba say` 显示的编号。")
        case .skipAbstract: ("Stop the announcement that is playing now; the next one follows.",
            "停下正在播的这一条，接着播下一条。")
        case .skipZone: ("Stop only what plays in this zone, e.g. 东头; the other zones go on (default: every zone).",
            "只停下这个分区正在播的，例如 东头；其他分区照常播出（不写就是所有分区）。")
        case .pauseAbstract: ("Hold every announcement below emergency until `dalaba resume`; what plays now finishes.",
            "暂停：紧急广播以外的都先不播，直到 `dalaba resume`；正在播的播完为止。")
        case .resumeAbstract: ("End a pause: held announcements play if they are still valid.",
            "结束暂停：暂停期间没播的，只要还有效就接着播。")
        case .reloadAbstract: ("Re-read schedules, station settings, voices and the local lexicon (as SIGHUP does).",
            "重新读取节目表、广播站设置、音色和本地读音词典（和 SIGHUP 信号一样）。")
        case .historyAbstract: ("Show the play log of a day: what played, was interrupted, skipped, cancelled, missed or failed.",
            "显示某一天的播出记录：播完的、被打断的、跳过的、取消的、漏播的和失败的。")
        case .historyDate: ("The day, YYYY-MM-DD in the station's time zone (default: today).",
            "哪一天，YYYY-MM-DD，按广播站的时区（默认：今天）。")
        case .historyCSV: ("Print CSV with a header line instead of text.",
            "以 CSV 显示，第一行是表头（列名固定用英文，便于表格软件和脚本使用）。")
        case .alertsAbstract:
            ("List the CAP alerts received from outside and what became of each (spoken, waiting, cancelled, expired, rejected and why).",
             "列出从外部收到的 CAP 预警及其结果（已播出、等待播出、已撤销、已过期、已拒收及原因）。")
        case .watchAbstract: ("Print station events as they happen (started, finished, interrupted, reloaded, speaker offline…).",
            "实时显示广播站发生的事（开始播、播完、被打断、重新读取、喇叭离线……）。")
        case .optionSocket: ("The daemon's control socket (default: found by the same rule dalabad uses).",
            "后台程序的控制套接字（默认：按 dalabad 相同的规则找）。")
        case .optionJSON: ("Print the daemon's reply as JSON instead of text.",
            "以 JSON 显示后台程序的回答，不显示文字（JSON 的键名是英文）。")
        case .badExpires: ("--expires must be a duration such as 90s, 30m, 2h or 1h30m, not \"{value}\"",
            "--expires 必须是一段时长，例如 90s、30m、2h 或 1h30m，这里写的是 \"{value}\"")
        case .volumeAbstract:
            ("Show the level in force and why, or set one for a while (emergencies keep their own level).",
             "显示现在的音量和原因，或者临时设定一个音量（紧急广播仍用自己的音量）。")
        case .volumeDiscussion:
            ("""
            Without a level: the level in force and why (the hour's range, or one set here). With \
            one (60%, or dB below full after --: dalaba volume -- -6dB): that level until --until, \
            else until the volume plan's next change (or midnight); `dalaba volume plan` ends it. \
            It is kept in memory only: a daemon restart returns to the plan.
            """,
             """
            不写音量：显示现在的音量和原因（按哪个时段的音量，或者是谁在这里设定的）。写了音量\
            （例如 60%；写比最大音量低多少 dB 时要放在“--”后面，如 `dalaba volume -- -6dB`）：\
            这个音量一直用到 --until 的时间；不写 --until 就用到音量计划的下一次变化（没有音量时段时到午夜）。\
            `dalaba volume plan` 提前结束，回到音量计划。设定只保存在内存里：后台程序重新启动后回到音量计划。
            """)
        case .volumeLevel:
            ("A level, 0% to 100% (or dB below full, e.g. -6dB), or `plan`.",
             "音量，0% 到 100%（或者比最大音量低多少 dB，例如 -6dB），或者 `plan`（回到音量计划）。")
        case .volumeUntil:
            ("When the level ends: HH:MM (its next coming) or YYYY-MM-DDTHH:MM, in the station's time zone.",
             "这个音量用到什么时候：HH:MM（最近的一次）或 YYYY-MM-DDTHH:MM，按广播站的时区。")
        case .wrote: ("wrote {path} ({seconds} s)", "已保存 {path}（{seconds} 秒）")
        }
    }
}
