import Foundation

/// 村庄: every village at a glance, one row each; the live script updates a row's cells by their
/// `data-field` from the server-sent `village` events.
enum VillagesPage {
    /// A row's cells as text, the same for the page and the live events (JSON).
    struct Cells: Codable, Sendable {
        var id: Int
        var online: Bool
        var state: String
        var speaker: String
        var playing: String
        var errors: String
        var clock: String
        var seen: String
        /// The next program of today: "HH:MM 标题" (the console's clock), "—" for none.
        var next: String
    }

    static func cells(_ row: VillageRow, format: Format) -> Cells {
        let seen: String
        if let lastSeen = row.lastSeen, let silence = row.silence {
            seen = format.time(lastSeen) + "（" + Format.duration(silence) + "前）"
        } else {
            seen = "从未联系"
        }
        var errors = row.scheduleErrors.map(String.init) ?? "—"
        if let detail = row.scheduleDetail, !detail.isEmpty, (row.scheduleErrors ?? 0) > 0 { errors += "：" + detail }
        return Cells(
            id: row.id, online: row.online, state: row.online ? "在线" : "离线", speaker: row.speaker ?? "—",
            playing: row.playing ?? "—", errors: errors, clock: Format.offset(row.clockOffsetMilliseconds), seen: seen,
            next: row.nextDue.flatMap { due in row.nextTitle.map { format.time(due) + " " + $0 } } ?? "—")
    }

    static func render(_ rows: [VillageRow], session: Session, format: Format) -> HTML {
        let offline = rows.filter { !$0.online }.count
        let summary = rows.isEmpty ? "还没有村：管理员用 dalaba hub villages add 添加。"
            : offline == 0 ? "\(rows.count) 个村全部在线。" : "\(rows.count) 个村中有 \(offline) 个离线。"
        var body: HTML = """
            <p class="summary" data-summary>\(summary)</p>
            <div class="scroll"><table class="villages">
            <thead><tr><th>村</th><th>状态</th><th>喇叭</th><th>正在播</th><th>节目表错误</th><th>时钟偏差</th><th>最后联系</th><th>下一个节目</th></tr></thead><tbody>
            """
        for row in rows {
            let c = cells(row, format: format)
            body.append("""
                <tr data-village-id="\(c.id)" class="\(c.online ? "online" : "offline")"><th>\(row.name)</th>\
                <td data-field="state">\(c.state)</td><td data-field="speaker">\(c.speaker)</td><td data-field="playing">\(c.playing)</td>\
                <td data-field="errors">\(c.errors)</td><td data-field="clock">\(c.clock)</td><td data-field="seen">\(c.seen)</td><td data-field="next">\(c.next)</td></tr>
                """)
        }
        body.append("</tbody></table></div>")
        return Layout.page(title: "村庄", section: .villages, session: session, live: "/villages/events", body: body)
    }
}
