import Foundation
import Hub

/// 节目: each village's timetable of today (what its station's schedule files play today, as its
/// link last uploaded it), then the programs pushed to the person's villages and what each
/// station made of them.
enum ProgramsPage {
    static func render(_ programs: [ProgramSummary], timetables: [VillageTimetable], session: Session, format: Format) -> HTML {
        var body: HTML = "<h2>今天的节目表</h2>"
        if timetables.isEmpty { body.append("<p>没有村。</p>") }
        for village in timetables { body.append(timetable(village, format: format)) }
        body.append("<h2>推送的节目表</h2>")
        if programs.isEmpty { body.append("<p>没有推送的节目。乡镇用 <code>dalaba hub programs push</code> 推送节目表。</p>") }
        for program in programs {
            body.append("<section class=\"program\"><h2>\(program.fileName)</h2><p class=\"meta\">#\(program.id) · 推送于 \(format.time(program.createdAt))</p>")
            body.append("<div class=\"scroll\"><table><thead><tr><th>村</th><th>状态</th><th>原因</th></tr></thead><tbody>")
            for village in program.villages {
                body.append("<tr class=\"state-\(village.state)\"><th>\(village.village)</th><td>\(Format.state(village.state))</td><td>\(village.reason ?? "")</td></tr>")
            }
            body.append("</tbody></table></div></section>")
        }
        return Layout.page(title: "节目", section: .programs, session: session, body: body)
    }

    /// One village's day: time (the station's clock), title, zones, schedule file; the programs
    /// already due marked `past`, the next one `next`.
    static func timetable(_ village: VillageTimetable, format: Format) -> HTML {
        var html: HTML = "<section class=\"timetable\" id=\"timetable-\(village.villageID)\"><h3>\(village.village)</h3>"
        guard let day = village.day else {
            html.append("<p class=\"meta\">广播站还没有上报节目表（还没有连上过平台，或联网程序是旧版）。</p></section>")
            return html
        }
        let zone = village.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone.current
        let local = Format(timeZone: zone, now: format.now)
        let today = String(local.fullTime(format.now).prefix(10))
        html.append("<p class=\"meta\">\(day) · 上报于 \(format.time(village.uploadedAt))")
        if day != today { html.append("（不是今天的：广播站今天还没有连上平台）") }
        html.append("</p>")
        guard !village.programs.isEmpty else {
            html.append("<p>今天没有定时节目。</p></section>")
            return html
        }
        let next = village.next(after: format.now)
        html.append("<div class=\"scroll\"><table><thead><tr><th>时间</th><th>节目</th><th>分区</th><th>节目表文件</th></tr></thead><tbody>")
        for program in village.programs {
            let state = program == next ? " class=\"next\"" : program.due <= format.now ? " class=\"past\"" : ""
            let file = program.source.hasPrefix("program ") ? String(program.source.dropFirst(8)) : program.source
            let zones = program.zones.isEmpty ? "全村" : program.zones.joined(separator: "、")
            html.append("<tr\(HTML(raw: state))><td>\(local.time(program.due))</td><th>\(program.title)</th><td>\(zones)</td><td>\(file)</td></tr>")
        }
        html.append("</tbody></table></div></section>")
        return html
    }
}
