import ControlWire
import Foundation
import Messages
import Testing
@testable import DalabaControl

/// `dalaba alerts` prints each received alert with its state and reason, in both languages.
@Suite struct AlertsTextTests {
    @Test func catalogHasBothLanguages() {
        #expect(CatalogAudit.problems(AlertsMessage.self) == [])
    }

    @Test func linesInBothLanguages() {
        let received = Date(timeIntervalSince1970: 1_796_279_400) // 2026-12-03 14:30 in Shanghai
        let reply = AlertsReply(alerts: [
            AlertView(state: "spoken", file: "typhoon.xml", identifier: "T1", sender: "330300@12379.cn", title: "台风红色预警",
                      msgType: "Alert", priority: .emergency, received: received, expires: nil, reason: nil, reasonChinese: nil),
            AlertView(state: "rejected", file: "evil.xml", identifier: nil, sender: nil, title: "evil.xml", msgType: nil,
                      priority: nil, received: received, expires: nil,
                      reason: "line 2: a DOCTYPE (DTD) is not allowed", reasonChinese: "第 2 行：不允许 DOCTYPE"),
        ], folder: "/var/lib/dalaba/alerts", timeZone: "Asia/Shanghai")
        let english = AlertsText.lines(reply, in: .english)
        #expect(english.count == 3)
        #expect(english[1].hasSuffix("spoken     台风红色预警 [emergency] (typhoon.xml)"))
        #expect(english[2].hasSuffix("rejected   evil.xml — line 2: a DOCTYPE (DTD) is not allowed (evil.xml)"))
        let chinese = AlertsText.lines(reply, in: .chinese)
        #expect(chinese[0].hasPrefix("收到时间"))
        #expect(chinese[1].contains("已播出") && chinese[1].contains("台风红色预警 [紧急]"))
        #expect(chinese[2].contains("已拒收") && chinese[2].hasSuffix("evil.xml——第 2 行：不允许 DOCTYPE (evil.xml)"))
        #expect(AlertsText.lines(AlertsReply(alerts: [], folder: "/srv/a"), in: .chinese) == ["还没有收到预警；放进 /srv/a 的 CAP 文件会被读取"])
    }
}

/// An alert's broadcasts are named by their own source (`alert SENDER`), not `user cap`; in
/// Chinese `dalaba queue` says 预警 and the sender.
@Suite struct AlertSourceTextTests {
    @Test func queueNamesTheAlertsSender() {
        #expect(QueueText.chineseSource("alert 330300@12379.cn") == "预警 330300@12379.cn")
        #expect(QueueText.chineseSource("user clerk") == "插播（clerk）")
    }
}
