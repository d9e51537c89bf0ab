// What the station says about an alert it refused or set aside, one line in English and in
// Chinese (docs/chinese.md): the journal and `status` keep the English, `dalaba alerts`
// shows the reader's language.
import Messages

public enum AlertMessage: String, MessageCatalog {
    // The file and its XML.
    case tooBig, unreadable, notUTF8, doctype, processingInstruction, unknownEntity, badCharacterReference
    case tooDeep, tooManyElements, tooManyAttributes, malformed, undeclaredPrefix, empty, notAFile
    // CAP itself.
    case wrongNamespace, notAnAlert, missingElement, elementTwice, badValue, invalidDate
    case dateZ, dateShape, dateMonth, dateDay, dateClock, dateOffset
    case badPolygon, badCircle, badReference, noReferences
    // What the station makes of a valid alert.
    case senderNotAllowed, draftNeverSpoken, drillNotAllowed, systemMessage, notForThisStation, expired
    case duplicate, nothingToSay, acknowledgement, cancels, cancelledBy, replacedBy
    // What the township hub makes of one (docs/hub.md, "Alerts").
    case senderNotAllowedHub, drillNotAllowedHub, notForAnyVillage
    // Spoken words.
    case drillPrefix, cancelledNotice

    public var templates: (english: String, chinese: String) {
        switch self {
        case .tooBig:
            ("the file is larger than {limit} bytes — a CAP message is a few kilobytes; it was not read",
             "文件超过 {limit} 字节，未读取：一条 CAP 预警只有几千字节")
        case .unreadable: ("the file cannot be read: {reason}", "无法读取文件（系统信息：「{reason}」）")
        case .notUTF8: ("line {line}: the file is not UTF-8 — save it as UTF-8", "第 {line} 行：文件不是 UTF-8 编码，请另存为 UTF-8")
        case .doctype:
            ("line {line}: a DOCTYPE (DTD) is not allowed in a CAP message — entities and DTDs are refused (XXE, entity expansion)",
             "第 {line} 行：CAP 预警里不允许 DOCTYPE（文档类型定义）；实体和 DTD 一律拒收（防外部实体注入和实体膨胀）")
        case .processingInstruction:
            ("line {line}: the processing instruction <?{target}?> is not allowed in a CAP message",
             "第 {line} 行：CAP 预警里不允许处理指令 <?{target}?>")
        case .unknownEntity:
            ("line {line}: the entity &{name}; is not allowed — only &lt; &gt; &amp; &apos; &quot; and &#…; are read",
             "第 {line} 行：不允许实体 &{name};，只认 &lt; &gt; &amp; &apos; &quot; 和 &#…;")
        case .badCharacterReference:
            ("line {line}: {text} is not a character", "第 {line} 行：{text} 不是合法字符")
        case .tooDeep:
            ("line {line}: elements are nested deeper than {limit} levels", "第 {line} 行：元素嵌套超过 {limit} 层")
        case .tooManyElements:
            ("the message has more than {limit} elements", "预警的元素超过 {limit} 个")
        case .tooManyAttributes:
            ("line {line}: an element has more than {limit} attributes", "第 {line} 行：一个元素的属性超过 {limit} 个")
        case .malformed:
            ("line {line}: not well-formed XML ({what})", "第 {line} 行：XML 格式不正确（{what}）")
        case .undeclaredPrefix:
            ("line {line}: the namespace prefix {prefix} is not declared", "第 {line} 行：命名空间前缀 {prefix} 没有声明")
        case .empty: ("the file is empty", "文件是空的")
        case .notAFile: ("not a regular file (a folder, link or device) — drop the CAP file itself", "不是普通文件（文件夹、链接或设备），请放入 CAP 文件本身")
        case .wrongNamespace:
            ("the root element is {found}, not <alert> in the CAP 1.2 namespace urn:oasis:names:tc:emergency:cap:1.2",
             "根元素是 {found}，不是 CAP 1.2 命名空间（urn:oasis:names:tc:emergency:cap:1.2）中的 <alert>")
        case .notAnAlert:
            ("the root element is <{found}>, not <alert>", "根元素是 <{found}>，不是 <alert>")
        case .missingElement:
            ("<{parent}> has no <{element}>, which CAP 1.2 requires", "<{parent}> 缺少 CAP 1.2 规定必须有的 <{element}>")
        case .elementTwice:
            ("<{parent}> has <{element}> more than once", "<{parent}> 里的 <{element}> 出现了不止一次")
        case .badValue:
            ("<{element}> is '{text}', which CAP 1.2 does not allow — write one of {allowed}",
             "<{element}> 的值 '{text}' 不合 CAP 1.2，应为 {allowed} 之一")
        case .invalidDate:
            ("'{text}' is not a CAP date-time ({why}) — write it like 2026-12-03T14:30:00+08:00",
             "'{text}' 不是 CAP 日期时间（{why}），应写成 2026-12-03T14:30:00+08:00 这样")
        case .dateZ: ("CAP 1.2 does not allow Z; UTC is written -00:00", "CAP 1.2 不允许用 Z，UTC 写作 -00:00")
        case .dateShape: ("date, time and offset from UTC are all required", "日期、时间和时区偏移都必须写")
        case .dateMonth: ("no such month", "月份不存在")
        case .dateDay: ("no such day in that month", "该月没有这一天")
        case .dateClock: ("no such time of day", "时刻不存在")
        case .dateOffset: ("the offset from UTC is beyond 14 hours", "时区偏移超过 14 小时")
        case .badPolygon:
            ("the polygon '{text}' is not four or more lat,lon pairs ending where it starts",
             "多边形 '{text}' 不是首尾相同的四个以上“纬度,经度”点")
        case .badCircle:
            ("the circle '{text}' is not 'lat,lon radius' with the radius in kilometres",
             "圆形区域 '{text}' 不是“纬度,经度 半径”（半径以公里计）")
        case .badReference:
            ("the reference '{text}' is not sender,identifier,sent", "引用 '{text}' 不是“发布者,标识,发布时间”")
        case .noReferences:
            ("a {type} message must name the messages it refers to in <references>",
             "{type} 消息必须在 <references> 里写明它针对的预警")
        case .senderNotAllowed:
            ("the sender {sender} is not in the station's alerts.senders list", "发布者 {sender} 不在本站 alerts.senders 名单里")
        case .draftNeverSpoken: ("a Draft is never broadcast", "草稿（Draft）不播出")
        case .drillNotAllowed:
            ("status {status}: a drill, and this station does not broadcast drills (alerts.drills)",
             "状态 {status}：这是演练，本站不播演练（alerts.drills）")
        case .systemMessage: ("status System: a message between systems, not for the public", "状态 System：系统间消息，不对公众播出")
        case .notForThisStation:
            ("not for this station: {areas}", "不是本站的预警：{areas}")
        case .expired: ("it expired at {time}", "已于 {time} 过期")
        case .duplicate: ("already received (same sender, identifier and sent)", "已经收到过（发布者、标识和发布时间都相同）")
        case .nothingToSay: ("it has no headline, description or instruction to read", "没有可播的标题、描述或指引")
        case .acknowledgement: ("message type {type}: nothing to broadcast", "消息类型 {type}：无需播出")
        case .cancels: ("cancels {count} earlier alert(s)", "撤销之前的 {count} 条预警")
        case .cancelledBy: ("cancelled by {identifier}", "已被 {identifier} 撤销")
        case .replacedBy: ("replaced by the update {identifier}", "已被更新 {identifier} 取代")
        case .senderNotAllowedHub:
            ("the sender {sender} is not in the hub's alert senders (`dalaba hub alerts policy --senders`)",
             "发布者 {sender} 不在乡镇平台的预警发布者名单里（`dalaba hub alerts policy --senders`）")
        case .drillNotAllowedHub:
            ("status {status}: a drill, and this hub does not send drills (`dalaba hub alerts policy --drills on`)",
             "状态 {status}：这是演练，本平台不转发演练（`dalaba hub alerts policy --drills on`）")
        case .notForAnyVillage:
            ("not for any village on this hub: {areas}", "不是本平台任何一个村的预警：{areas}")
        case .drillPrefix: ("drill", "演练")
        case .cancelledNotice: ("alert lifted", "预警已解除")
        }
    }
}

/// A message the station refused or set aside, and why: which catalog entry (for tests and
/// `dalaba alerts`) and its text in both languages.
public struct CAPRejection: Error, Sendable, Hashable, CustomStringConvertible {
    public let kind: AlertMessage
    public let text: LocalizedText

    public init(_ kind: AlertMessage, _ values: KeyValuePairs<String, any MessageValue> = [:]) {
        self.kind = kind
        self.text = kind(values)
    }

    public var description: String { text.english }
}

extension XMLProblem {
    /// The problem as the station states it.
    public var rejection: CAPRejection {
        switch self {
        case .tooBig(_, let limit): CAPRejection(.tooBig, ["limit": limit])
        case .notUTF8(let line): CAPRejection(.notUTF8, ["line": line])
        case .doctype(let line): CAPRejection(.doctype, ["line": line])
        case .processingInstruction(let target, let line): CAPRejection(.processingInstruction, ["target": target, "line": line])
        case .unknownEntity(let name, let line): CAPRejection(.unknownEntity, ["name": name, "line": line])
        case .badCharacterReference(let text, let line): CAPRejection(.badCharacterReference, ["text": text, "line": line])
        case .tooDeep(let limit, let line): CAPRejection(.tooDeep, ["limit": limit, "line": line])
        case .tooManyElements(let limit): CAPRejection(.tooManyElements, ["limit": limit])
        case .tooManyAttributes(let limit, let line): CAPRejection(.tooManyAttributes, ["limit": limit, "line": line])
        case .malformed(let what, let line):
            CAPRejection(.malformed, ["what": LocalizedText(english: what.english, chinese: what.chinese), "line": line])
        case .undeclaredPrefix(let prefix, let line): CAPRejection(.undeclaredPrefix, ["prefix": prefix, "line": line])
        case .empty: CAPRejection(.empty)
        }
    }
}
