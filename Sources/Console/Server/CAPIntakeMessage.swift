// The reasons `POST /api/cap` gives when it does not get as far as the hub's intake (no token,
// too large, the hub failed), in English and Chinese like every refusal the intake records
// (`reason` and `reason_zh` of the reply): a relay's operator may read either.
import Messages

enum CAPIntakeMessage: String, MessageCatalog {
    case noToken, unknownToken, tooLarge, hubFailed

    var templates: (english: String, chinese: String) {
        switch self {
        case .noToken:
            ("send the relay's token as Authorization: Bearer TOKEN (dalaba hub relays add NAME)",
             "请以 `Authorization: Bearer 令牌` 发送转发方的令牌（令牌由 `dalaba hub relays add 名称` 生成）")
        case .unknownToken:
            ("unknown or revoked relay token", "令牌不认识或已被吊销：请向乡镇平台管理员要新令牌（`dalaba hub relays add`）")
        case .tooLarge:
            ("a CAP message is at most {limit} bytes", "一条 CAP 预警最多 {limit} 字节，未读取")
        case .hubFailed:
            ("the hub (PostgreSQL) failed; try again later", "乡镇平台（PostgreSQL）出错，请稍后重试")
        }
    }
}

extension CAPIntakeReply {
    /// A reply that says why in both languages.
    init(error: String, _ message: LocalizedText) {
        self.init(error: error, reason: message.english, reasonChinese: message.chinese)
    }
}
