import CAP
import Foundation

/// The CAP test messages in Tests/Data/cap (read from the checkout, as the other data tests do).
enum CAPData {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/cap")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    static func alert(_ name: String) throws -> CAPAlert { try CAPFile.read(path: path(name)) }

    /// The error a parse throws, or nil when it parsed.
    static func rejection(_ text: String, limits: XMLLimits = XMLLimits()) -> CAPRejection? {
        do {
            _ = try CAPParser.parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    static func rejection(file name: String) -> CAPRejection? {
        do {
            _ = try CAPFile.read(path: path(name))
            return nil
        } catch {
            return error
        }
    }

    /// A minimal valid alert around `info` (and `extra` alert-level elements).
    static func alert(identifier: String = "T-1", sender: String = "test@example.org",
                      sent: String = "2026-12-03T10:00:00+08:00", status: String = "Actual", msgType: String = "Alert",
                      extra: String = "", info: String = standardInfo) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>\(identifier)</identifier>
          <sender>\(sender)</sender>
          <sent>\(sent)</sent>
          <status>\(status)</status>
          <msgType>\(msgType)</msgType>
          <scope>Public</scope>
          \(extra)
          \(info)
        </alert>
        """
    }

    static let standardInfo = """
        <info>
          <language>zh-CN</language>
          <category>Met</category>
          <event>大风</event>
          <urgency>Expected</urgency>
          <severity>Moderate</severity>
          <certainty>Likely</certainty>
          <headline>测试气象台发布大风黄色预警信号</headline>
          <description>预计今天下午有6级以上大风。</description>
          <instruction>请加固门窗。</instruction>
        </info>
        """
}
