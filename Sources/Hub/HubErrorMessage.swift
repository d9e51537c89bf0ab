// The Hub library's errors in English and Chinese (the language of LC_ALL / LC_MESSAGES / LANG,
// docs/chinese.md), each saying what to do. `dalaba-hub` prints them to the township's clerk;
// dalaba-link's journal runs under the service's locale (English under systemd's default).
import Messages

enum HubErrorMessage: String, MessageCatalog {
    case cannotConnect, tlsWithRoots, tls, certificateRefused, certificateUntrusted, certificateName, systemRoots
    case schemaTooNew, notInitialized
    case urlUnusable, urlScheme, urlIPv6Unclosed, urlAfterIPv6, urlParameterNoValue, urlUnknownParameter
    case urlPercent, urlNotUTF8, urlSeveralHosts, urlPort, urlSSLMode, credentialsNoUser
    case credentialsMissing, credentialsMalformed
    case villageBadName, villageBadCounty, villageBadCode, villageExists, villageUnknown, villageRoleExists
    case programBadFileName, noVillages, programUnknown
    case emptyText, expiresBeforeStart
    // The CAP intake's own (docs/hub.md, "Alerts"): relays and the alert policy.
    case zonesUnknown, zonesNone
    case relayBadName, relayExists, relayUnknown, policyRepeatEvery, policyMaxRepeats, policyDescriptionLimit

    var templates: (english: String, chinese: String) {
        switch self {
        case .cannotConnect:
            ("Cannot reach the hub at {url}: {underlying}. Check --hub or DALABA_HUB (or PGHOST…), that PostgreSQL runs, and the password.",
             "连不上乡镇平台 {url}（系统信息：「{underlying}」）。请检查 --hub 或 DALABA_HUB（或 PGHOST 等变量）、PostgreSQL 是否在运行，以及密码。")
        case .tlsWithRoots:
            ("Cannot set up TLS with the certificate authorities in {file}: {underlying}. Check that sslrootcert= names the hub's CA certificate (PEM).",
             "无法用 {file} 里的证书颁发机构建立 TLS 加密连接（系统信息：「{underlying}」）。请检查 sslrootcert= 指向平台的 CA 证书（PEM 格式）。")
        case .tls: ("Cannot set up TLS: {underlying}.", "无法建立 TLS 加密连接（系统信息：「{underlying}」）。")
        case .certificateRefused:
            ("Will not log in to the hub at {url}: {why}.", "不登录乡镇平台 {url}：{why}。")
        case .certificateUntrusted:
            ("its certificate is not signed by a certificate authority in {roots} (sslmode={mode}). Name the hub's CA certificate with sslrootcert=FILE in the hub URL (the hub's administrator has it)",
             "它的证书不是 {roots} 里的证书颁发机构签发的（sslmode={mode}）。请在平台地址里用 sslrootcert=文件 指定平台的 CA 证书（向平台管理员要）")
        case .certificateName:
            ("the hub's certificate does not name {host} (sslmode=verify-full). Reach it by a name its certificate gives, or have its certificate made for {host}",
             "平台证书上没有 {host} 这个名字（sslmode=verify-full）。请用证书上写的主机名连接，或者让平台管理员为 {host} 制作证书")
        case .systemRoots: ("this system's certificate authorities", "本机的证书颁发机构")
        case .schemaTooNew:
            ("The hub's schema is version {found}, newer than this dalaba-hub knows ({known}): install the newer dalaba on this machine.",
             "乡镇平台的数据库结构是版本 {found}，比这个 dalaba-hub 认识的（{known}）新：请在这台机器上安装新版 dalaba。")
        case .notInitialized:
            ("The hub at {url} has no dalaba schema yet: run `dalaba hub init` first.",
             "乡镇平台 {url} 上还没有 dalaba 的数据库结构：请先运行 `dalaba hub init`。")
        case .urlUnusable:
            ("The hub URL is not usable: {why}. Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full] (docs/hub.md).",
             "平台地址写得不对：{why}。请写成 postgresql://用户@主机[:端口]/数据库[?sslmode=verify-full]（见 docs/hub.md）。")
        case .urlScheme: ("it does not start with postgresql://", "没有以 postgresql:// 开头")
        case .urlIPv6Unclosed: ("the IPv6 address has no closing ]", "IPv6 地址缺少结尾的 ]")
        case .urlAfterIPv6: ("unexpected {after} after the IPv6 address", "IPv6 地址后面多了 {after}")
        case .urlParameterNoValue: ("the parameter {pair} has no value", "参数 {pair} 没有值")
        case .urlUnknownParameter: ("unknown parameter {key}", "不认识的参数 {key}")
        case .urlPercent: ("a % in {text} is not followed by two hex digits", "{text} 里的 % 后面不是两位十六进制数")
        case .urlNotUTF8: ("{text} is not UTF-8 once decoded", "{text} 解码后不是 UTF-8 文字")
        case .urlSeveralHosts: ("several hosts ({host}): name one hub", "写了多个主机（{host}）：只能写一个平台")
        case .urlPort: ("the port {port} is not a number from 1 to 65535", "端口 {port} 不是 1 到 65535 之间的数")
        case .urlSSLMode: ("sslmode={mode}: use one of {modes}", "sslmode={mode} 不对：只能是 {modes} 之一")
        case .credentialsNoUser: ("the credentials' hub URL names no user", "凭据里的平台地址没有写用户名")
        case .credentialsMissing:
            ("The station's credentials file has no {key}= line: make it again with `dalaba hub villages add` (docs/hub.md).",
             "广播站的登录凭据文件里没有 {key}= 这一行：请用 `dalaba hub villages add` 重新生成（见 docs/hub.md）。")
        case .credentialsMalformed:
            ("Line {line} of the station's credentials file is not key=value: {text}",
             "广播站的登录凭据文件第 {line} 行不是 键=值 的写法：{text}")
        case .villageBadName:
            ("The village name \"{name}\" cannot be used: it must not be empty nor contain commas or spaces (--villages lists names with commas).",
             "村名“{name}”不能用：村名不能为空，也不能含逗号或空格（--villages 用逗号分隔村名）。")
        case .villageBadCounty:
            ("{code} is not a county code (GB/T 2260): write 6 digits.", "{code} 不是县级行政区划代码（GB/T 2260）：请写 6 位数字。")
        case .villageBadCode:
            ("{code} is not a village code (township 3 digits + village 3 digits): write 6 digits.",
             "{code} 不是村代码（乡镇 3 位 + 村 3 位）：请写 6 位数字。")
        case .villageExists:
            ("There is already a village {name} on this hub (or one with the same code): `dalaba hub villages list` shows them.",
             "平台上已经有 {name} 这个村（或者代码相同的村）：用 `dalaba hub villages list` 查看。")
        case .villageUnknown:
            ("No village named {names} on this hub: `dalaba hub villages list` shows the names.",
             "平台上没有叫 {names} 的村：用 `dalaba hub villages list` 查看村名。")
        case .villageRoleExists:
            ("The login role {role} already exists on this PostgreSQL: remove the old village first, or drop the role.",
             "这个 PostgreSQL 上已经有登录账号 {role}：请先删除原来的村，或者删掉这个账号。")
        case .programBadFileName:
            ("{name} cannot be a schedule file's name at a station: use a plain name ending in .yaml or .yml.",
             "{name} 不能用作广播站的节目表文件名：请用以 .yaml 或 .yml 结尾的普通文件名。")
        case .noVillages:
            ("There are no villages on this hub yet: add them with `dalaba hub villages add`.",
             "平台上还没有村：请先用 `dalaba hub villages add` 添加。")
        case .programUnknown:
            ("No program {name} on this hub: `dalaba hub programs list` shows them.", "平台上没有节目 {name}：用 `dalaba hub programs list` 查看。")
        case .emptyText:
            ("The announcement has no text: write what the loudspeakers should say.", "通知没有内容：请写上喇叭要播的话。")
        case .expiresBeforeStart:
            ("--expires lies before the announcement's time: it would never play.", "--expires（过期时间）早于通知的播出时间：这样永远不会播出。")
        case .zonesUnknown:
            ("{village} has no zone named {names}: its zones are {zones}. Name those in --zones, or leave --zones out to play in the whole village.",
             "{village} 没有叫 {names} 的分区：它的分区是 {zones}。请在 --zones 里写这些分区，或者不写 --zones，全村播出。")
        case .zonesNone:
            ("{village} has no zone named {names}: its station names no zones (station.yaml). Leave --zones out.",
             "{village} 没有叫 {names} 的分区：它的广播站没有设分区（station.yaml）。请不要写 --zones。")
        case .relayBadName:
            ("{name} cannot be a relay's name: use 1–64 letters, digits, '.', '_' or '-'.",
             "{name} 不能用作转发方的名称：请用 1 到 64 个英文字母、数字、'.'、'_' 或 '-'。")
        case .relayExists:
            ("There is already a relay {name}: revoke it first (`dalaba hub relays revoke {name}`) to give it a new token.",
             "已经有转发方 {name}：要给它新令牌，请先吊销旧的（`dalaba hub relays revoke {name}`）。")
        case .relayUnknown:
            ("No relay {name} on this hub: `dalaba hub relays list` shows them.",
             "平台上没有转发方 {name}：用 `dalaba hub relays list` 查看。")
        case .policyRepeatEvery:
            ("--repeat-every must lie between 1 minute and 24 hours.", "--repeat-every（重播间隔）必须在 1 分钟到 24 小时之间。")
        case .policyMaxRepeats:
            ("--max-repeats must lie between 0 and 48.", "--max-repeats（最多重播次数）必须在 0 到 48 之间。")
        case .policyDescriptionLimit:
            ("--description-limit must lie between 20 and 2000 characters.", "--description-limit（描述最多读的字数）必须在 20 到 2000 个字之间。")
        }
    }
}
