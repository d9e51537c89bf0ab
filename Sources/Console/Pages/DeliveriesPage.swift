import Foundation
import Hub

/// 播出记录: per announcement, per village, played when or why not; one announcement live.
enum DeliveriesPage {
    struct Cells: Codable, Sendable {
        var id: Int
        var state: String
        var stateName: String
        var queued: String
        var started: String
        var finished: String
        var reason: String
    }

    static func cells(_ report: DeliveryInfo, format: Format) -> Cells {
        Cells(
            id: report.villageID, state: report.state, stateName: Format.state(report.state), queued: format.time(report.queuedAt),
            started: format.time(report.startedAt), finished: format.time(report.finishedAt), reason: report.reason ?? "")
    }

    static func heading(_ summary: AnnouncementInfo, format: Format) -> HTML {
        var when = "发送于 \(format.time(summary.createdAt))，\(Format.person(summary.createdBy))"
        if let at = summary.at { when += "；定于 \(format.time(at)) 播出" }
        if let expires = summary.expires { when += "；\(format.time(expires)) 过期" }
        if let cancelled = summary.cancelledAt { when += "；\(format.time(cancelled)) 已取消" }
        return """
            <p class="text priority-\(summary.priority)"><span class="badge">\(Format.priority(summary.priority))</span> \(summary.text)</p>
            <p class="meta">#\(summary.id) · \(when)</p>
            """
    }

    static func table(_ row: AnnouncementRow, format: Format) -> HTML {
        var body: HTML = "<div class=\"scroll\"><table class=\"deliveries\"><thead><tr><th>村</th><th>结果</th><th>排队</th><th>开始</th><th>结束</th><th>原因</th></tr></thead><tbody>"
        for report in row.deliveries {
            let c = cells(report, format: format)
            body.append("""
                <tr data-village-id="\(report.villageID)" class="state-\(c.state)"><th>\(report.village)</th><td data-field="stateName">\(c.stateName)</td>\
                <td data-field="queued">\(c.queued)</td><td data-field="started">\(c.started)</td><td data-field="finished">\(c.finished)</td>\
                <td data-field="reason">\(c.reason)</td></tr>
                """)
        }
        body.append("</tbody></table></div>")
        return body
    }

    static func list(_ rows: [AnnouncementRow], session: Session, format: Format) -> HTML {
        var body: HTML = "<p><a class=\"button\" href=\"/deliveries?format=csv\" download>导出 CSV</a></p>"
        if rows.isEmpty { body.append("<p>还没有发过通知。</p>") }
        for row in rows {
            body.append("<section class=\"announcement\">\(heading(row.summary, format: format))<p><a href=\"/deliveries/\(row.summary.id)\">详情</a></p>\(table(row, format: format))</section>")
        }
        return Layout.page(title: "播出记录", section: .deliveries, session: session, body: body)
    }

    static func detail(_ row: AnnouncementRow, session: Session, format: Format, message: String? = nil) -> HTML {
        Layout.page(title: "通知 #\(row.summary.id)", section: .deliveries, session: session, live: "/deliveries/\(row.summary.id)/events", body: """
            \(message.map { Layout.notice($0, kind: "ok") } ?? "")
            \(heading(row.summary, format: format))
            \(table(row, format: format))
            """)
    }

    /// RFC 4180, English header (as `dalaba hub history --csv`), one line per announcement and village.
    static func csv(_ rows: [AnnouncementRow], format: Format) -> String {
        var lines = ["announcement,created_at,created_by,priority,text,village,state,queued_at,started_at,finished_at,reason"]
        for row in rows {
            let s = row.summary
            for report in row.deliveries {
                lines.append([
                    String(s.id), format.fullTime(s.createdAt), Format.person(s.createdBy), s.priority, s.text, report.village, report.state,
                    format.fullTime(report.queuedAt), format.fullTime(report.startedAt), format.fullTime(report.finishedAt), report.reason ?? "",
                ].map(quote).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        // A leading =, +, - or @ would be a formula to a spreadsheet: a quote mark keeps it text.
        var field = field
        if let first = field.first, "=+-@".contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
