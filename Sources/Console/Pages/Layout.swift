import Hub

/// The frame of every page: the navigation (村庄 插播 节目 播出记录 紧急), who is signed in and the
/// sign-out form. No inline script or style: the Content-Security-Policy allows only the console's own.
enum Layout {
    enum Section: String, CaseIterable {
        case villages, say, programs, deliveries, emergency

        var title: String {
            switch self {
            case .villages: "村庄"
            case .say: "插播"
            case .programs: "节目"
            case .deliveries: "播出记录"
            case .emergency: "紧急"
            }
        }
        var path: String { "/" + rawValue }
    }

    static func page(title: String, section: Section?, session: Session?, live: String? = nil, body: HTML) -> HTML {
        var navigation: HTML = ""
        if let session {
            let links = Section.allCases.map { item -> HTML in
                var classes: [String] = []
                if item == section { classes.append("here") }
                if item == .emergency { classes.append("urgent") }
                let current: HTML = item == section ? " aria-current=\"page\"" : ""
                return "<a href=\"\(item.path)\" class=\"\(classes.joined(separator: " "))\"\(current)>\(item.title)</a>"
            }
            let who = session.person.villageName.map { "\($0)村文书" } ?? "乡镇"
            navigation = """
                <header><nav>\(links)</nav>
                <form method="post" action="/logout" class="who"><span>\(session.person.name)（\(who)）</span>\(csrfField(session))<button type="submit">退出</button></form></header>
                """
        }
        let liveAttribute: HTML = live.map { " data-live=\"\($0)\"" } ?? ""
        return """
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · 大喇叭</title>
            <link rel="stylesheet" href="/static/console.css">
            <script src="/static/console.js" defer></script>
            </head><body\(liveAttribute)>
            \(navigation)
            <main><h1>\(title)</h1>
            \(body)
            </main></body></html>
            """
    }

    static func csrfField(_ session: Session) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(session.csrf)\">"
    }

    /// A message box: what went wrong and what to do.
    static func notice(_ text: String, kind: String = "error") -> HTML {
        "<p class=\"notice \(kind)\" role=\"alert\">\(text)</p>"
    }
}
