// The help of the hub commands added with the CAP alerts, the relays, the web console's people and
// village coordinates, in English and Chinese (as HubHelp: the language of LC_ALL / LC_MESSAGES / LANG).
import Messages

enum HubHelpMore: String, MessageCatalog {
    case alertsAbstract, alertsListAbstract, alertsLimit, alertsReceiveAbstract, alertsReceiveDiscussion, alertsFile
    case policyAbstract, policyDiscussion, policySenders, policyDrills, policyRepeatEvery, policyMaxRepeats, policyDescriptionLimit
    case watchAbstract, watchDiscussion, watchFolder, watchInterval, watchSettle, watchOnce
    case relaysAbstract, relaysAddAbstract, relaysAddDiscussion, relayName, relaysListAbstract, relaysRevokeAbstract, relayToRevoke
    case peopleAbstract, peopleAddAbstract, peopleAddDiscussion, personName, personVillage, personTownship, peopleConsoleAbstract, peopleConsoleDiscussion, consoleOutput, consoleHub
    case peopleListAbstract, peopleRemoveAbstract, personToRemove, locateAbstract, locateVillage, locateCoordinates, locateClear
    case passwordFromFile, passwordFromStdin

    var templates: (english: String, chinese: String) {
        switch self {
        case .alertsAbstract:
            ("CAP alerts from outside: receive one, list what became of each, set the hub's alert policy.",
             "外来的 CAP 预警：接收一条，查看每条的去向，设置平台的预警规则。")
        case .alertsListAbstract:
            ("The alerts received, newest first: sent to which villages, ignored, cancelled, expired, or refused and why.",
             "收到的预警，最新的在前：发给了哪些村、没有发、已取消、已过期，或被拒收及原因。")
        case .alertsLimit:
            ("How many to show.",
             "显示多少条。")
        case .alertsReceiveAbstract:
            ("Receive a CAP 1.2 message (a file, or - for standard input) and send it to the villages it covers.",
             "接收一条 CAP 1.2 消息（一个文件，或用 - 表示标准输入），发给它覆盖的各村。")
        case .alertsReceiveDiscussion:
            ("""
            The message is read by the stations' own strict parser (no DTD, no entities, 1 MB at most) and decided by \
            the hub's alert policy (`dalaba hub alerts policy`): severity and urgency give the priority as at a station, \
            an Update replaces what it references, a Cancel withdraws it, a repeat is ignored. A refused message is \
            kept with its reason; the command then exits with status 1.
            """,
             "消息由与广播站相同的严格解析器读取（不允许 DTD 和实体，最大 1 MB），按平台的预警规则（`dalaba hub alerts policy`）处理：紧急程度和急迫程度决定优先级，与广播站相同；更新消息替换它所指的预警，取消消息撤回它，重复的消息不予理会。被拒收的消息连同原因保留，此时命令以状态 1 退出。")
        case .alertsFile:
            ("The CAP file, or - to read standard input.",
             "CAP 文件，或用 - 从标准输入读取。")
        case .policyAbstract:
            ("Show or set the hub's alert policy: whose alerts it believes, drills, repeats.",
             "查看或设置平台的预警规则：信任谁发的预警、是否播演练、重播几次。")
        case .policyDiscussion:
            ("Without options it shows the policy. Changing it takes the administrator's role (dalaba_admin).",
             "不带选项时显示当前规则。修改规则需要管理员账号角色（dalaba_admin）。")
        case .policySenders:
            ("Only alerts from these senders (CAP <sender>), separated by commas; 'any' allows every sender.",
             "只接收这些发布者（CAP 的 <sender>）的预警，用逗号分隔；写 any 表示接收所有发布者。")
        case .policyDrills:
            ("on: send Test and Exercise messages, announced as 演练; off: refuse them.",
             "on：发送测试和演习消息，播报为“演练”；off：拒收它们。")
        case .policyRepeatEvery:
            ("How long between broadcasts of an alert until it expires (1m–24h, e.g. 15m).",
             "预警过期之前每隔多久重播一次（1m–24h，例如 15m）。")
        case .policyMaxRepeats:
            ("How many broadcasts after the first (0–48).",
             "第一次之后最多再播几次（0–48）。")
        case .policyDescriptionLimit:
            ("The longest description read, in characters (20–2000); a longer one ends at a full sentence.",
             "描述最多读多少个字（20–2000）；更长的在句末截断。")
        case .watchAbstract:
            ("Receive every CAP file dropped in a folder (until stopped), moving each to done/ or rejected/.",
             "接收放进文件夹的每个 CAP 文件（直到停止），处理后移到 done/ 或 rejected/。")
        case .watchDiscussion:
            ("""
            Write a file elsewhere on the same file system and rename it in; a file is taken once it has not \
            changed for --settle. The hub is reached anew for each file, so a hub restart loses nothing: a file \
            that could not be received stays and is tried again.
            """,
             "请先在同一文件系统的别处写好文件，再改名移进来；文件在 --settle 时间内不再变化才会读取。每个文件都重新连接平台，所以平台重启不会丢失任何东西：没能接收的文件留在原处，稍后再试。")
        case .watchFolder:
            ("The folder (done/ and rejected/ are made in it).",
             "文件夹（会在里面建立 done/ 和 rejected/）。")
        case .watchInterval:
            ("How often to look, in seconds.",
             "每隔多少秒查看一次。")
        case .watchSettle:
            ("How long a file must be unchanged before it is read, in seconds.",
             "文件要多少秒不变才读取。")
        case .watchOnce:
            ("Take the files there now and stop.",
             "只处理现在已有的文件，然后停止。")
        case .relaysAbstract:
            ("The relays allowed to post CAP alerts to the hub's console, each with its own token.",
             "允许向平台网页控制台提交 CAP 预警的转发方，各有自己的令牌。")
        case .relaysAddAbstract:
            ("Make a relay and print its token, once: the hub keeps only a hash of it.",
             "建立一个转发方并显示它的令牌，只显示这一次：平台只保存令牌的哈希值。")
        case .relaysAddDiscussion:
            ("Needs the administrator's role (dalaba_admin). The token goes on standard output, the note on standard error.",
             "需要管理员账号角色（dalaba_admin）。令牌写到标准输出，提示写到标准错误。")
        case .relayName:
            ("The relay's name (letters, digits, '.', '_', '-'), as `dalaba hub alerts` will show it.",
             "转发方的名称（字母、数字、'.'、'_'、'-'），`dalaba hub alerts` 会这样显示它。")
        case .relaysListAbstract:
            ("The relays, when each was made, last used or revoked.",
             "各转发方，以及各自的建立、最近使用或吊销时间。")
        case .relaysRevokeAbstract:
            ("Revoke a relay's token at once.",
             "立即吊销一个转发方的令牌。")
        case .relayToRevoke:
            ("The relay's name.",
             "转发方的名称。")
        case .peopleAbstract:
            ("Add, list or remove the web console's people (village clerks, township staff), and make the console's own login.",
             "添加、列出或删除网页控制台的使用人（村文书、乡镇工作人员），并建立控制台自己的登录账号。")
        case .peopleAddAbstract:
            ("Add a person who signs in to the web console: a village's clerk or township staff.",
             "添加一个登录网页控制台的人：某村的文书或乡镇工作人员。")
        case .peopleAddDiscussion:
            ("""
            The password is read from --password-file, --password-stdin or the terminal (asked twice, not \
            shown), never from the command line; PostgreSQL keeps only its SCRAM verifier.
            """,
             "密码从 --password-file、--password-stdin 或终端读取（输入两次，不显示），从不写在命令行上；PostgreSQL 只保存它的 SCRAM 校验值。")
        case .personName:
            ("The name the person signs in with (no commas or spaces, at most 16 characters), e.g. 王芳.",
             "登录用的名字（不含逗号和空格，最多 16 个字），例如 王芳。")
        case .personVillage:
            ("The village whose clerk this is: they see and send to it only.",
             "此人是哪个村的文书：只能查看这个村，也只能向这个村发通知。")
        case .personTownship:
            ("Township staff: every village of the hub.",
             "乡镇工作人员：平台上的所有村。")
        case .peopleConsoleAbstract:
            ("Give the web console its login to the hub (a new password) and write its credentials file.",
             "给网页控制台建立连接平台的登录账号（新密码），并写出它的凭据文件。")
        case .peopleConsoleDiscussion:
            ("""
            The file (mode 0600, never over an existing one) goes to /etc/dalaba/console.credentials, \
            where systemd hands it to dalaba-console (LoadCredential=). Running this again makes a new \
            password: the old file stops working.
            """,
             "文件（权限 0600，不会覆盖已有文件）写到 /etc/dalaba/console.credentials，由 systemd 交给 dalaba-console（LoadCredential=）。再次运行会生成新密码，旧文件随即失效。")
        case .consoleOutput:
            ("Write the credentials file here.",
             "凭据文件写到这里。")
        case .consoleHub:
            ("The hub as the console reaches it (default: --hub with the console's user).",
             "控制台连接平台用的地址（默认：--hub 的地址，用户换成控制台的）。")
        case .peopleListAbstract:
            ("List the web console's people and their villages.",
             "列出网页控制台的使用人及其所属的村。")
        case .peopleRemoveAbstract:
            ("Remove a person and their login.",
             "删除一个人及其登录账号。")
        case .personToRemove:
            ("The person's name.",
             "此人的名字。")
        case .locateAbstract:
            ("Set (or with --clear, remove) a village's coordinates, tested against CAP alerts' polygons and circles.",
             "设置（或用 --clear 删除）村的坐标，用来判断 CAP 预警的多边形和圆形区域是否覆盖该村。")
        case .locateVillage:
            ("The village's name.",
             "村名。")
        case .locateCoordinates:
            ("Latitude,longitude in decimal degrees (WGS 84), e.g. 28.0,120.65.",
             "纬度,经度，用十进制度数（WGS 84），例如 28.0,120.65。")
        case .locateClear:
            ("Forget the village's coordinates: it is matched by its region code alone.",
             "删除村的坐标：只按行政区划代码匹配。")
        case .passwordFromFile:
            ("Read the password from this file (first line).",
             "从这个文件读取密码（第一行）。")
        case .passwordFromStdin:
            ("Read the password from standard input (first line).",
             "从标准输入读取密码（第一行）。")
        }
    }
}
