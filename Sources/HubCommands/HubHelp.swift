// The help of the `dalaba hub` commands and their own errors in English and Chinese, as the
// station's `dalaba` has it (DalabaCLI's HelpMessage): the language of LC_ALL / LC_MESSAGES /
// LANG (docs/chinese.md), the glossary's words. argument-parser's own words around them are put
// in Chinese by Messages' ParserText (HubCommand.start).
import Messages

enum HubHelp: String, MessageCatalog {
    case rootAbstract, rootDiscussion, optionHub
    case initAbstract, initDiscussion
    case villagesAbstract, villagesAddAbstract, villagesAddDiscussion, villageName, villageRegion, villageCode
    case passwordFile, passwordStdin, stationHub, credentialsOutput, villagesListAbstract, villagesRemoveAbstract, villageToRemove
    case sayAbstract, sayDiscussion, sayText, sayZones, sayAt, sayPriority, sayExpires
    case targetVillages, targetAll
    case cancelAbstract, cancelDiscussion, cancelID, cancelReason
    case statusAbstract, offlineAfter
    case deliveriesAbstract, deliveriesDiscussion, deliveriesID
    case programsAbstract, pushAbstract, pushDiscussion, pushFile, pushName, listAbstract, listRemoved, removeAbstract, removeProgram
    case historyAbstract, historyVillage, historyDate, historyCSV
    // Errors of the commands themselves (the Hub library's are in HubErrorMessage).
    case reasonTooLong, badPriority, badAt, badExpires, badOfflineAfter, badDate
    case sayWhichVillages, villagesOrAll, villagesEmpty, passwordTwice
    case cannotWriteCredentials, cannotReadPasswordFile, passwordTooShort, passwordNotASCII
    case cannotReadProgram, programNotUTF8, hubRefused, hubRefusedRole

    var templates: (english: String, chinese: String) {
        switch self {
        case .rootAbstract:
            ("The township hub: villages, announcements to them, programs, and what the stations report.",
             "乡镇平台：管理各村、向各村发通知和推送节目，查看各村广播站回传的情况。")
        case .rootDiscussion:
            ("""
            The hub is a PostgreSQL database, named by --hub URL, else DALABA_HUB, else the standard PG* \
            environment variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSSLROOTCERT). A \
            password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the command line.
            """,
             """
            乡镇平台是一个 PostgreSQL 数据库，用 --hub 地址指定；不写时用 DALABA_HUB，再不然用标准的 PG* \
            环境变量（PGHOST、PGPORT、PGUSER、PGDATABASE、PGSSLMODE、PGSSLROOTCERT）。\
            密码来自 PGPASSWORD 或 ~/.pgpass（PGPASSFILE），从不写在命令行上。
            """)
        case .optionHub:
            ("The hub: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=FILE] (default: $DALABA_HUB, then the PG* variables).",
             "乡镇平台的地址：postgresql://用户@主机[:端口]/数据库[?sslmode=verify-full&sslrootcert=文件]（默认：$DALABA_HUB，其次是 PG* 变量）。")
        case .initAbstract:
            ("Create the hub database (if missing) and create or migrate its schema.", "建立平台数据库（没有时），并建立或升级它的数据库结构。")
        case .initDiscussion:
            ("Run it as PostgreSQL's administrator, e.g. `sudo -u postgres dalaba hub init`: it creates roles.",
             "请以 PostgreSQL 管理员身份运行，例如 `sudo -u postgres dalaba hub init`：它要建立账号角色。")
        case .villagesAbstract:
            ("Add, list or remove the villages on the hub (each with its station's login).", "添加、列出或删除平台上的村（每个村有自己广播站的登录账号）。")
        case .villagesAddAbstract:
            ("Add a village and create its station's login; print the station's credentials file once.",
             "添加一个村并建立该村广播站的登录账号；广播站的登录凭据只显示这一次。")
        case .villagesAddDiscussion:
            ("""
            The credentials file goes to the station as /etc/dalaba/hub.credentials (mode 0600), where \
            dalaba-link reads it (systemd LoadCredential=). The password is generated unless given by \
            --password-file or --password-stdin; it is never shown on a command line and the hub stores \
            only its SCRAM verifier, so keep the file: it cannot be printed again (remove and add the \
            village to make a new one).
            """,
             """
            登录凭据文件放到广播站的 /etc/dalaba/hub.credentials（权限 0600），由 dalaba-link 读取\
            （systemd 的 LoadCredential=）。密码自动生成，也可以用 --password-file 或 --password-stdin 给出；\
            密码从不出现在命令行上，平台只保存它的 SCRAM 校验值，所以请保存好这个文件：它不能再显示一次\
            （要换新的，请删除这个村再添加）。
            """)
        case .villageName:
            ("The village's name as the township says it (no commas or spaces), e.g. 茅村.", "村名，按乡镇的叫法（不含逗号和空格），例如 茅村。")
        case .villageRegion: ("The county's 6-digit GB/T 2260 code, e.g. 330102.", "县级行政区划代码（GB/T 2260，6 位），例如 330102。")
        case .villageCode:
            ("The village's 6 digits within the county (township 3 + village 3), e.g. 001001.", "村在县内的 6 位代码（乡镇 3 位 + 村 3 位），例如 001001。")
        case .passwordFile: ("Read the station's password from this file (first line).", "从这个文件读广播站的密码（第一行）。")
        case .passwordStdin: ("Read the station's password from standard input (first line).", "从标准输入读广播站的密码（第一行）。")
        case .stationHub:
            ("The hub as the station reaches it (default: --hub with the station's user), e.g. postgresql://hub.example.cn/dalaba?sslmode=verify-full.",
             "广播站连接平台用的地址（默认：--hub 的地址换成广播站的用户名），例如 postgresql://hub.example.cn/dalaba?sslmode=verify-full。")
        case .credentialsOutput:
            ("Write the credentials file here (mode 0600, never over an existing file) instead of printing it.",
             "把登录凭据写到这个文件（权限 0600，不覆盖已有文件），不显示在屏幕上。")
        case .villagesListAbstract: ("List the villages and their stations' logins.", "列出各村及其广播站的登录账号。")
        case .villagesRemoveAbstract:
            ("Remove a village, everything the hub holds for it, and its station's login.", "删除一个村、平台上它的全部记录，以及它广播站的登录账号。")
        case .villageToRemove: ("The village's name.", "村名。")
        case .sayAbstract: ("Send an announcement to villages: their stations queue and play it.", "向各村发一条通知：各村广播站排队播出。")
        case .sayDiscussion:
            ("`dalaba hub deliveries ID` then shows, per village, when it was queued and played, or why not. `dalaba hub cancel ID` withdraws it.",
             "之后用 `dalaba hub deliveries 编号` 查看各村何时排队、何时播出，或者为什么没播。用 `dalaba hub cancel 编号` 撤回。")
        case .sayText: ("What the loudspeakers say (Chinese text, as for `dalaba say`).", "喇叭要播的话（中文，和 `dalaba say` 一样）。")
        case .sayZones:
            ("Only these zones of each village, separated by commas (default: all zones). A village without such a zone reports the delivery failed, naming its zones.",
             "只在各村的这些分区播，用逗号分隔（默认：全部分区）。没有这个分区的村回传“失败”，并列出它有的分区。")
        case .sayAt:
            ("When to play it: HH:MM[:SS] today or YYYY-MM-DDTHH:MM[:SS] (default: at once).",
             "什么时候播：今天的 HH:MM[:SS]，或 YYYY-MM-DDTHH:MM[:SS]（默认：马上）。")
        case .sayPriority: ("low, normal, high or emergency (default: normal).", "优先级：low、normal、high 或 emergency（默认：normal）。")
        case .sayExpires:
            ("Not to be played after this: a length after its time (30m, 2h, 1天) or a time as for --at. A station that could not play it in time reports it missed.",
             "过了这个时间就不再播：从播出时间算起的时长（30m、2h、1天），或者和 --at 一样写时间。没能按时播出的广播站回传“漏播”。")
        case .targetVillages: ("The villages, by name, separated by commas (，and 、 too).", "村名，用逗号分隔（也可以用，和、）。")
        case .targetAll: ("Every village on the hub.", "平台上的所有村。")
        case .cancelAbstract:
            ("Cancel an announcement in every village, also where a station has it queued or is playing it.",
             "取消一条通知：所有村都撤下，广播站已排队的撤下，正在播的停下。")
        case .cancelDiscussion:
            ("""
            Each village's link cancels it at its station and reports back: `dalaba hub deliveries ID` \
            then shows it cancelled, with who cancelled it and why, or played if it had already played. \
            A station that is offline cancels it when its link is back.
            """,
             """
            各村的联网程序会在本村广播站取消它并回传结果：之后用 `dalaba hub deliveries 编号` \
            可以看到“已取消”以及是谁、为什么取消的；已经播完的显示“已播出”。\
            离线的广播站在联网程序重新连上平台后取消。
            """)
        case .cancelID: ("The announcement's number, as `dalaba hub say` printed it.", "通知编号，即 `dalaba hub say` 显示的编号。")
        case .cancelReason:
            ("Why, in a few words (kept with the cancel and shown by `deliveries`).", "取消的原因，简短几个字（随取消记录保存，`deliveries` 会显示）。")
        case .statusAbstract:
            ("Each village: online, last seen, speaker, schedule errors, clock offset.", "各村广播站：是否在线、最后联系时间、喇叭、节目表错误、时钟偏差。")
        case .offlineAfter:
            ("A village not heard from for this long is offline (default: 90s).", "多久没有消息就算离线（默认：90s）。")
        case .deliveriesAbstract:
            ("Where an announcement was queued and played, village by village, or why not.", "逐村查看一条通知何时排队、何时播出，或者为什么没播。")
        case .deliveriesDiscussion: ("Without ID: the latest announcements and their counts.", "不写编号时：列出最近的通知。")
        case .deliveriesID: ("The announcement's number, as `dalaba hub say` printed it.", "通知编号，即 `dalaba hub say` 显示的编号。")
        case .programsAbstract:
            ("Push schedule files (programs) to villages, list them with each station's answer, remove them.",
             "向各村推送节目表文件（节目），查看各村广播站的答复，删除节目。")
        case .pushAbstract:
            ("Push a schedule file to villages: each station checks it with its own parser, installs it or refuses it with the reason.",
             "向各村推送一个节目表文件：各村广播站自己检查，通过的安装，有错的拒绝并说明原因。")
        case .pushDiscussion:
            ("Pushing a file of the same name again replaces it at those villages. `dalaba hub programs list` shows each station's answer.",
             "再推送同名文件会替换这些村原来的那个。用 `dalaba hub programs list` 查看各村广播站的答复。")
        case .pushFile: ("The schedule file (YAML, as in a station's schedules folder).", "节目表文件（YAML，和广播站节目表文件夹里的一样）。")
        case .pushName: ("The file's name at the stations (default: the file's own name).", "在广播站上的文件名（默认：文件本来的名字）。")
        case .listAbstract:
            ("The programs pushed, and per village: pending, installed, refused (why) or removed.",
             "推送过的节目，以及各村的情况：待接收、已安装、被拒绝（原因）或已删除。")
        case .listRemoved: ("Include removed programs.", "也列出已删除的节目。")
        case .removeAbstract: ("Remove a program (by file name or id): the stations delete the file.", "删除一个节目（按文件名或编号）：各村广播站删除该文件。")
        case .removeProgram: ("The file name (every program of that name) or a program's id.", "文件名（同名的全部节目）或节目编号。")
        case .historyAbstract: ("What the stations played (their uploaded play logs).", "各村广播站播了什么（它们上传的播出记录）。")
        case .historyVillage: ("Only this village.", "只看这个村。")
        case .historyDate: ("Only this day, YYYY-MM-DD (default: every day).", "只看这一天，YYYY-MM-DD（默认：全部日期）。")
        case .historyCSV: ("CSV (RFC 4180, full dates), for a spreadsheet.", "输出 CSV（RFC 4180，完整日期），供电子表格使用。")
        case .reasonTooLong: ("--reason is at most 100 characters.", "--reason（原因）最多 100 个字。")
        case .badPriority: ("--priority {priority}: use one of {priorities}.", "--priority {priority} 不对：只能是 {priorities} 之一。")
        case .badAt: ("--at {error}", "--at（播出时间）：{error}")
        case .badExpires:
            ("--expires {text} is neither a length (30m, 2h, 1天) nor a time (HH:MM, YYYY-MM-DDTHH:MM).",
             "--expires {text} 既不是时长（30m、2h、1天），也不是时间（HH:MM、YYYY-MM-DDTHH:MM）。")
        case .badOfflineAfter: ("--offline-after {text} is not a length (90s, 5m, 1h).", "--offline-after {text} 不是时长（例如 90s、5m、1h）。")
        case .badDate: ("--date {error}", "--date（日期）：{error}")
        case .sayWhichVillages: ("Say which villages: --villages 茅村,李庄 or --all.", "请说明发给哪些村：--villages 茅村,李庄 或 --all。")
        case .villagesOrAll: ("Give --villages or --all, not both.", "--villages 和 --all 只能写一个。")
        case .villagesEmpty: ("--villages names no village.", "--villages 里没有写村名。")
        case .passwordTwice:
            ("Give the password by --password-file or --password-stdin, not both.", "密码用 --password-file 或 --password-stdin 给出，只能写一个。")
        case .cannotWriteCredentials:
            ("Cannot write {file}: {error}. Nothing was added.", "无法写入 {file}（系统信息：「{error}」）。什么都没有添加。")
        case .cannotReadPasswordFile: ("Cannot read the password file {file}.", "无法读取密码文件 {file}。")
        case .passwordTooShort: ("The station's password must be at least 12 characters long.", "广播站的密码至少要 12 个字符。")
        case .passwordNotASCII:
            ("The station's password must be printable ASCII without spaces (it goes through SCRAM unchanged).",
             "广播站的密码只能用可打印的 ASCII 字符，不能有空格（SCRAM 原样使用它）。")
        case .cannotReadProgram: ("Cannot read {file}: check the path and that you may read it.", "无法读取 {file}：请检查路径，以及有没有读取权限。")
        case .programNotUTF8:
            ("{file} is not UTF-8 text: save it as UTF-8 (schedule files are UTF-8).", "{file} 不是 UTF-8 文本：请另存为 UTF-8（节目表文件都是 UTF-8）。")
        case .hubRefused: ("The hub refused: {message}", "乡镇平台拒绝了（系统信息：「{message}」）。")
        case .hubRefusedRole:
            ("The hub refused: {message}. This needs the township's or the administrator's role (docs/hub.md, \"Roles\").",
             "乡镇平台拒绝了（系统信息：「{message}」）。这需要乡镇或管理员的账号角色（见 docs/hub.md 的“Roles”一节）。")
        }
    }
}
