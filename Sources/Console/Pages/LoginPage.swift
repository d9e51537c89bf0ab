enum LoginPage {
    static func render(csrf: String, name: String = "", message: String? = nil) -> HTML {
        Layout.page(title: "登录", section: nil, session: nil, body: """
            \(message.map { Layout.notice($0) } ?? "")
            <form method="post" action="/login" class="login">
            <input type="hidden" name="csrf" value="\(csrf)">
            <label>姓名<input name="name" value="\(name)" autocomplete="username" required autofocus></label>
            <label>密码<input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">登录</button>
            </form>
            <p class="hint">账号由管理员用 <code>dalaba hub people add</code> 创建。忘记密码请找管理员。</p>
            """)
    }
}
