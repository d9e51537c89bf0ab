import Hub

/// 节目: the programs pushed to the person's villages and what each station made of them.
enum ProgramsPage {
    static func render(_ programs: [ProgramSummary], session: Session, format: Format) -> HTML {
        var body: HTML = ""
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
}
