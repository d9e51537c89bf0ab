enum ErrorPage {
    static func render(title: String, message: String, session: Session?) -> HTML {
        Layout.page(title: title, section: nil, session: session, body: """
            \(Layout.notice(message))
            <p><a href="/villages">回到村庄</a></p>
            """)
    }
}
