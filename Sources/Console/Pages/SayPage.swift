/// 插播: a notice to chosen villages (and zones), at a time, with a priority and an expiry; the
/// preview buttons ask `/say/preview` for the reading and `/say/preview.wav` for the sound.
enum SayPage {
    struct Form: Sendable {
        var text = ""
        var villageIDs: Set<Int> = []
        var zones = ""
        var at = ""
        var priority = "normal"
        var expires = ""
    }

    static func villageChoices(_ targets: [(id: Int, name: String, zones: [String])], chosen: Set<Int>, preselectSingle: Bool = true) -> HTML {
        var choices: HTML = ""
        for target in targets {
            let checked: HTML = chosen.contains(target.id) || (preselectSingle && targets.count == 1) ? " checked" : ""
            let zones: HTML = target.zones.isEmpty ? "" : "<small>分区：\(target.zones.joined(separator: "、"))</small>"
            choices.append("<label class=\"village\"><input type=\"checkbox\" name=\"villages\" value=\"\(target.id)\"\(checked)> \(target.name)\(zones)</label>")
        }
        if targets.count > 1 {
            choices.append("<button type=\"button\" class=\"small\" data-check-all=\"villages\">全选</button>")
        }
        return choices
    }

    static func render(
        targets: [(id: Int, name: String, zones: [String])], form: Form = Form(), message: String? = nil, session: Session, previewAvailable: Bool
    ) -> HTML {
        let priorities: HTML = HTML(raw: ["low", "normal", "high"].map { name in
            "<option value=\"\(name)\"\(name == form.priority ? " selected" : "")>\(Format.priority(name))</option>"
        }.joined())
        let preview: HTML = previewAvailable
            ? """
              <div class="preview"><button type="button" data-preview="/say/preview">看读音</button>\
              <button type="button" data-preview-audio="/say/preview.wav">试听</button>
              <div data-preview-result class="reading"></div><audio data-preview-player controls hidden></audio></div>
              """
            : "<p class=\"hint\">读音预览暂不可用。</p>"
        return Layout.page(title: "插播", section: .say, session: session, body: """
            \(message.map { Layout.notice($0) } ?? "")
            <form method="post" action="/say" class="say">
            \(Layout.csrfField(session))
            <label>广播内容<textarea name="text" rows="4" required placeholder="例如：明天上午九点停水，请提前储水。">\(form.text)</textarea></label>
            \(preview)
            <fieldset><legend>发送到</legend>\(villageChoices(targets, chosen: form.villageIDs))</fieldset>
            <label>分区（不填则全部分区，多个用逗号分隔）<input name="zones" value="\(form.zones)"></label>
            <label>播出时间（不填则立即）<input type="datetime-local" name="at" value="\(form.at)"></label>
            <label>优先级<select name="priority">\(priorities)</select></label>
            <label>过期（例如 30m、2h、1天；不填则不过期）<input name="expires" value="\(form.expires)"></label>
            <button type="submit" class="primary">发送</button>
            </form>
            """)
    }
}
