/// 紧急: an emergency for chosen villages, sent only after a confirmation page.
enum EmergencyPage {
    static func form(targets: [(id: Int, name: String, zones: [String])], text: String = "", chosen: Set<Int> = [], message: String? = nil, session: Session) -> HTML {
        Layout.page(title: "紧急广播", section: .emergency, session: session, body: """
            \(message.map { Layout.notice($0) } ?? "")
            <p class="notice warn">紧急广播会打断正在播的一切，静音时段也会播出。</p>
            <form method="post" action="/emergency" class="say">
            \(Layout.csrfField(session))
            <label>紧急内容<textarea name="text" rows="4" required>\(text)</textarea></label>
            <fieldset><legend>发送到</legend>\(SayPage.villageChoices(targets, chosen: chosen))</fieldset>
            <button type="submit" class="danger">下一步：确认</button>
            </form>
            """)
    }

    static func confirm(text: String, villages: [String], confirmation: String, session: Session) -> HTML {
        Layout.page(title: "确认紧急广播", section: .emergency, session: session, body: """
            <p class="notice warn">请确认：以下内容将立即在 \(villages.count) 个村作为紧急广播播出。</p>
            <p class="text priority-emergency">\(text)</p>
            <p>村：\(villages.joined(separator: "、"))</p>
            <form method="post" action="/emergency/confirm">
            \(Layout.csrfField(session))<input type="hidden" name="confirm" value="\(confirmation)">
            <button type="submit" class="danger">确认发送紧急广播</button> <a href="/emergency">取消</a>
            </form>
            """)
    }
}
