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
    case peopleAbstract
    case cannotReadProgram, programNotUTF8, hubRefused, hubRefusedRole, badDrills, badRepeatEvery, locateWhich, badLocation
    // CAP alerts at the hub (#17), relays, village coordinates.
    case alertsAbstract, alertsListAbstract, alertsCount, alertsReceiveAbstract, alertsReceiveFile, alertsPolicyAbstract, alertsPolicyDiscussion, alertsSenders, alertsDrills, alertsRepeatEvery, alertsRepeats, alertsLongest, watchAbstract, watchFolder, watchInterval, watchSettle, watchOnce, relaysAbstract, relaysAddAbstract, relaysAddDiscussion, relaysName, relaysListAbstract, relaysRevokeAbstract, relaysRevokeName, locateAbstract, locateVillage, locateLocation, locateClear, alertsReceiveDiscussion, watchDiscussion

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
        case .alertsAbstract:
            ("CAP alerts from outside: receive one, list what became of each, set the hub's alert policy.",
             "来自外部的 CAP 预警：接收一条，查看每条的处理结果，设置平台的预警规则。")
        case .alertsListAbstract:
            ("The alerts received, newest first: sent to which villages, ignored, cancelled, expired, or refused and why.",
             "收到的预警，最新的在前：发给了哪些村、被忽略、已取消、已过期，或者被拒绝及原因。")
        case .alertsCount:
            ("How many to show.",
             "显示几条。")
        case .alertsReceiveAbstract:
            ("Receive a CAP 1.2 message (a file, or - for standard input) and send it to the villages it covers.",
             "接收一条 CAP 1.2 消息（一个文件，或用 - 表示标准输入），发给它覆盖的村。")
        case .alertsReceiveFile:
            ("The CAP file, or - to read standard input.",
             "CAP 文件，或用 - 从标准输入读取。")
        case .alertsPolicyAbstract:
            ("Show or set the hub's alert policy: whose alerts it believes, drills, repeats.",
             "查看或设置平台的预警规则：信任谁发的预警、演练、重复播出。")
        case .alertsPolicyDiscussion:
            ("Without options it shows the policy. Changing it takes the administrator's role (dalaba_admin).",
             "不带选项时显示规则。修改规则需要管理员账号角色（dalaba_admin）。")
        case .alertsSenders:
            ("Only alerts from these senders (CAP <sender>), separated by commas; 'any' allows every sender.",
             "只接受这些发布者（CAP 的 <sender>）的预警，用逗号分隔；写 'any' 表示接受所有发布者。")
        case .alertsDrills:
            ("on: send Test and Exercise messages, announced as 演练; off: refuse them.",
             "on：发送测试和演习消息，播出时加“演练”；off：拒绝这类消息。")
        case .alertsRepeatEvery:
            ("How long between broadcasts of an alert until it expires (1m–24h, e.g. 15m).",
             "预警过期以前，每隔多久再播一次（1m 到 24h，例如 15m）。")
        case .alertsRepeats:
            ("How many broadcasts after the first (0–48).",
             "第一次之后再播几次（0 到 48）。")
        case .alertsLongest:
            ("The longest description read, in characters (20–2000); a longer one ends at a full sentence.",
             "描述最多读多少字（20 到 2000）；更长的在整句处截断。")
        case .watchAbstract:
            ("Receive every CAP file dropped in a folder (until stopped), moving each to done/ or rejected/.",
             "接收放进一个文件夹的每个 CAP 文件（直到停止），处理后移到 done/ 或 rejected/。")
        case .watchFolder:
            ("The folder (done/ and rejected/ are made in it).",
             "文件夹（会在里面建立 done/ 和 rejected/）。")
        case .watchInterval:
            ("How often to look, in seconds.",
             "每隔几秒查看一次。")
        case .watchSettle:
            ("How long a file must be unchanged before it is read, in seconds.",
             "文件要保持几秒不变才读取。")
        case .watchOnce:
            ("Take the files there now and stop.",
             "处理现有的文件后停止。")
        case .relaysAbstract:
            ("The relays allowed to post CAP alerts to the hub's console, each with its own token.",
             "允许向平台网页控制台提交 CAP 预警的转发方，每个有自己的令牌。")
        case .relaysAddAbstract:
            ("Make a relay and print its token, once: the hub keeps only a hash of it.",
             "建立一个转发方并显示它的令牌，只显示这一次：平台只保存令牌的哈希值。")
        case .relaysAddDiscussion:
            ("Needs the administrator's role (dalaba_admin). The token goes on standard output, the note on standard error.",
             "需要管理员账号角色（dalaba_admin）。令牌输出到标准输出，说明输出到标准错误。")
        case .relaysName:
            ("The relay's name (letters, digits, '.', '_', '-'), as `dalaba hub alerts` will show it.",
             "转发方的名字（字母、数字、'.'、'_'、'-'），`dalaba hub alerts` 会显示它。")
        case .relaysListAbstract:
            ("The relays, when each was made, last used or revoked.",
             "列出转发方：各自何时建立、最后一次使用、何时吊销。")
        case .relaysRevokeAbstract:
            ("Revoke a relay's token at once.",
             "立即吊销一个转发方的令牌。")
        case .relaysRevokeName:
            ("The relay's name.",
             "转发方的名字。")
        case .locateAbstract:
            ("Set (or with --clear, remove) a village's coordinates, tested against CAP alerts' polygons and circles.",
             "设置（加 --clear 时删除）一个村的坐标，用来判断它是否在 CAP 预警的多边形或圆形范围内。")
        case .locateVillage:
            ("The village's name.",
             "村名。")
        case .locateLocation:
            ("Latitude,longitude in decimal degrees (WGS 84), e.g. 28.0,120.65.",
             "纬度,经度，十进制度数（WGS 84），例如 28.0,120.65。")
        case .locateClear:
            ("Forget the village's coordinates: it is matched by its region code alone.",
             "删除这个村的坐标：只按行政区划代码匹配。")
        case .alertsReceiveDiscussion:
            ("""
            The message is read by the stations' own strict parser (no DTD, no entities, 1 MB at most) and decided by \
            the hub's alert policy (`dalaba hub alerts policy`): severity and urgency give the priority as at a station, \
            an Update replaces what it references, a Cancel withdraws it, a repeat is ignored. A refused message is \
            kept with its reason; the command then exits with status 1.
            """,
             """
            消息由广播站同样严格的解析器读取（不接受 DTD 和实体，最大 1 MB），按平台的预警规则\
            （`dalaba hub alerts policy`）处理：严重程度和紧急程度决定优先级，和广播站一样；更新（Update）替换它引用的预警，\
            取消（Cancel）撤回它，重复的消息忽略。被拒绝的消息连同原因一起保存，这时命令以状态 1 退出。
            """)
        case .watchDiscussion:
            ("""
            Write a file elsewhere on the same file system and rename it in; a file is taken once it has not \
            changed for --settle. The hub is reached anew for each file, so a hub restart loses nothing: a file \
            that could not be received stays and is tried again.
            """,
             """
            请先在同一文件系统的别处写好文件，再改名移进来；文件在 --settle 秒内不再变化才会读取。\
            每个文件都重新连接平台，所以平台重启不会丢消息：没能接收的文件留在原处，稍后再试。
            """)
        case .badDrills: ("--drills {value}: write on or off.", "--drills {value} 不对：请写 on 或 off。")
        case .badRepeatEvery: ("--repeat-every {text} is not a length (15m, 1h).", "--repeat-every {text} 不是时长（例如 15m、1h）。")
        case .locateWhich: ("Give the coordinates (LAT,LON) or --clear.", "请给出坐标（纬度,经度），或者写 --clear。")
        case .badLocation:
            ("{text} is not latitude,longitude in degrees, e.g. 28.0,120.65.", "{text} 不是“纬度,经度”的度数写法，例如 28.0,120.65。")
        case .peopleAbstract:
            ("Add, list or remove the web console's people (village clerks, township staff), and make the console's own login.",
             "添加、列出或删除网页控制台的使用人员（村广播员、乡镇工作人员），并建立控制台自己的登录账号。")
        case .hubRefused: ("The hub refused: {message}", "乡镇平台拒绝了（系统信息：「{message}」）。")
        case .hubRefusedRole:
            ("The hub refused: {message}. This needs the township's or the administrator's role (docs/hub.md, \"Roles\").",
             "乡镇平台拒绝了（系统信息：「{message}」）。这需要乡镇或管理员的账号角色（见 docs/hub.md 的“Roles”一节）。")
        }
    }
}
