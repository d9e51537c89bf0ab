import Foundation
import Hub
import HubTestSupport
import Messages
import PostgresNIO
import XCTest

@testable import Console

/// `POST /api/cap`: a relay posts a CAP message with its bearer token (`dalaba hub relays add`);
/// the console answers with a status and the one-line reason, and the hub fans it out as
/// `dalaba hub alerts receive` would (docs/hub.md, "Alerts").
final class CAPIntakeRouteTests: ConsoleTestCase {
    func testTheRoutesOwnReasonsHaveBothLanguages() {
        XCTAssertEqual(CatalogAudit.problems(CAPIntakeMessage.self, allowed: ["authorization", "bearer", "dalaba"]), [])
    }

    /// A CAP 1.2 message for the county of the harness's villages (330102), current.
    static func message(_ identifier: String) -> String {
        let now = Date()
        func cap(_ date: Date) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            return String(format: "%04d-%02d-%02dT%02d:%02d:%02d-00:00", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>\(identifier)</identifier>
              <sender>330100@12379.cn</sender>
              <sent>\(cap(now))</sent>
              <status>Actual</status>
              <msgType>Alert</msgType>
              <scope>Public</scope>
              <info>
                <language>zh-CN</language>
                <category>Met</category>
                <event>暴雨</event>
                <urgency>Immediate</urgency>
                <severity>Severe</severity>
                <certainty>Likely</certainty>
                <expires>\(cap(now.addingTimeInterval(3600)))</expires>
                <headline>杭州市气象台发布暴雨橙色预警信号</headline>
                <instruction>请注意防范。</instruction>
                <area><areaDesc>上城区</areaDesc><geocode><valueName>GB/T 2260</valueName><value>330102</value></geocode></area>
              </info>
            </alert>
            """
    }

    private func post(_ body: String, token: String?) throws -> HTTPReply {
        try RawHTTP.request(port: harness.port, source: "127.0.0.1", method: "POST", path: "/api/cap",
                               headers: token.map { [("Authorization", "Bearer " + $0)] } ?? [], body: body)
    }

    private func alertCount() async throws -> Int { try await harness.count("SELECT count(*)::int FROM alerts") }

    private func json(_ reply: HTTPReply) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any], reply.body)
    }

    func testARelayPostsWithItsTokenAndGetsTheOutcome() async throws {
        let (_, token) = try await harness.hub { connection in try await Relays.add(name: "county-relay", on: connection) }

        // No token, a wrong one: 401, nothing recorded.
        let before = try await alertCount()
        let anonymous = try post(Self.message("API-0"), token: nil)
        XCTAssertEqual(anonymous.status, 401, anonymous.body)
        XCTAssertEqual(anonymous.header("WWW-Authenticate"), "Bearer realm=\"dalaba\"")
        XCTAssertEqual(try json(anonymous)["reason_zh"] as? String,
                       "请以 `Authorization: Bearer 令牌` 发送转发方的令牌（令牌由 `dalaba hub relays add 名称` 生成）")
        var wrong = Array(token)
        wrong[wrong.count - 1] = wrong[wrong.count - 1] == "A" ? "B" : "A"
        let forged = try post(Self.message("API-0"), token: String(wrong))
        XCTAssertEqual(forged.status, 401, forged.body)
        XCTAssertEqual(try json(forged)["reason"] as? String, "unknown or revoked relay token")
        XCTAssertEqual(try json(forged)["reason_zh"] as? String, "令牌不认识或已被吊销：请向乡镇平台管理员要新令牌（`dalaba hub relays add`）")
        let afterRefusals = try await alertCount()
        XCTAssertEqual(afterRefusals, before)

        // A current warning: sent to both villages of the county, at the mapped priority.
        let message = Self.message("API-1")
        let sent = try post(message, token: token)
        XCTAssertEqual(sent.status, 200, sent.body)
        XCTAssertEqual(sent.header("Content-Type"), "application/json; charset=utf-8")
        let outcome = try json(sent)
        XCTAssertEqual(outcome["state"] as? String, "fanned_out")
        XCTAssertEqual(outcome["priority"] as? String, "emergency", "Immediate → emergency, as at a station")
        XCTAssertEqual(outcome["villages"] as? [String], ["茅村", "李庄"])
        let via = try await harness.hub { connection in
            try await connection.values("SELECT via FROM alerts ORDER BY id DESC LIMIT 1", as: String.self)
        }
        XCTAssertEqual(via, ["relay county-relay"])

        // The same again (a relay retrying): 200, not sent twice.
        let again = try json(try post(message, token: token))
        XCTAssertEqual(again["state"] as? String, "ignored", "\(again)")

        // A hostile message: 422 with the parser's one-line reason, kept as refused.
        let evil = try post("""
            <?xml version="1.0"?>
            <!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&xxe;</alert>
            """, token: token)
        XCTAssertEqual(evil.status, 422, evil.body)
        let refused = try json(evil)
        XCTAssertEqual(refused["state"] as? String, "rejected")
        XCTAssertTrue((refused["reason"] as? String)?.contains("a DOCTYPE (DTD) is not allowed") == true, evil.body)
        XCTAssertTrue((refused["reason_zh"] as? String)?.contains("不允许 DOCTYPE") == true, evil.body)

        // Larger than any CAP message may be: 413, not read, nothing recorded.
        let counted = try await alertCount()
        let huge = try post(String(repeating: " ", count: 1_048_577), token: token)
        XCTAssertEqual(huge.status, 413, huge.body)
        XCTAssertEqual(try json(huge)["reason"] as? String, "a CAP message is at most 1048576 bytes")
        XCTAssertEqual(try json(huge)["reason_zh"] as? String, "一条 CAP 预警最多 1048576 字节，未读取")
        let afterHuge = try await alertCount()
        XCTAssertEqual(afterHuge, counted)

        // Revoked: refused at once.
        try await harness.hub { connection in try await Relays.revoke(name: "county-relay", on: connection) }
        let revoked = try post(Self.message("API-2"), token: token)
        XCTAssertEqual(revoked.status, 401, revoked.body)
    }
}
