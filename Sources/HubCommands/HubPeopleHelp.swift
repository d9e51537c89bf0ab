// The help of `dalaba hub people …` (the web console's accounts) in English and Chinese (as HubHelp: the language of LC_ALL / LC_MESSAGES / LANG).
import Messages

enum HubPeopleHelp: String, MessageCatalog {
    case peopleAbstract, peopleAddAbstract, peopleAddDiscussion, personName, personVillage, personTownship, peopleConsoleAbstract, peopleConsoleDiscussion, consoleOutput, consoleHub, peopleListAbstract, peopleRemoveAbstract, personToRemove, passwordFromFile, passwordFromStdin

    var templates: (english: String, chinese: String) {
        switch self {
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
        case .passwordFromFile:
            ("Read the password from this file (first line).",
             "从这个文件读取密码（第一行）。")
        case .passwordFromStdin:
            ("Read the password from standard input (first line).",
             "从标准输入读取密码（第一行）。")
        }
    }
}
