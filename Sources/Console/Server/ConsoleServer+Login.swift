import Foundation
import Hub
import Hummingbird

/// Signing in and out. The password is PostgreSQL's to check (a connection as the person's role);
/// the login form carries a token that must equal its cookie's (no sign-in from another site).
extension ConsoleServer {
    func loginPage(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        if await session(of: request) != nil { return Self.redirect("/villages") }
        return freshLoginPage(status: .ok)
    }

    func freshLoginPage(name: String = "", message: String? = nil, status: HTTPResponse.Status) -> Response {
        let token = Tokens.make()
        return Self.html(LoginPage.render(csrf: token, name: name, message: message), status: status,
                         cookies: [cookie(Self.loginCookie, token, path: "/login")])
    }

    func login(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        guard Self.sameOrigin(request) else { return freshLoginPage(message: "这个登录表单不是从本控制台的页面提交的。", status: .forbidden) }
        var request = request
        let form = try await Self.form(&request)
        guard let expected = request.cookies[Self.loginCookie]?.value, let token = form["csrf"], Tokens.equal(token, expected) else {
            return freshLoginPage(message: "登录页已失效：请再输入一次姓名和密码。", status: .forbidden)
        }
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        guard !name.isEmpty, !password.isEmpty else { return freshLoginPage(name: name, message: "请填写姓名和密码。", status: .badRequest) }
        if let wait = await throttle.wait(name: name, client: context.client) {
            let minutes = max(1, Int((wait / 60).rounded(.up)))
            return freshLoginPage(name: name, message: "密码错误次数太多，已暂停登录：请 \(minutes) 分钟后再试，或找管理员。", status: .tooManyRequests)
        }
        let person: Person?
        do {
            person = try await hub.asConsole { connection in try await People.named(name, on: connection) }
        } catch {
            logger.error("hub: \(HubError.describe(error))")
            return freshLoginPage(name: name, message: "连不上乡镇平台（数据库）：请稍后再试；一直这样请联系管理员。", status: .serviceUnavailable)
        }
        // A name nobody has gets the same SCRAM login, as the hub's decoy role (which can never
        // sign in), and the same refusal: answered no sooner than a wrong password, so the time
        // taken does not tell who has an account.
        var accepted = false
        do {
            let checked = try await hub.checkPassword(role: person?.role ?? People.signInDecoyRole, password: password)
            accepted = checked && person != nil
        } catch {
            logger.error("hub: \(HubError.describe(error))")
            return freshLoginPage(name: name, message: "乡镇平台现在无法核对密码：请稍后再试；一直这样请联系管理员。", status: .serviceUnavailable)
        }
        guard let person, accepted else {
            await throttle.failed(name: name, client: context.client)
            _ = try? await hub.asConsole { connection in
                try await ConsoleQueries.audit(action: "login-refused", target: name, client: context.client, on: connection)
            }
            return freshLoginPage(name: name, message: "姓名或密码不对：请再试一次。", status: .unauthorized)
        }
        await throttle.succeeded(name: name)
        // The clerk's village's name, read as the clerk (the console itself may not read villages).
        var signedIn = person
        signedIn.villageName = try await hub.asPerson(person) { connection in
            try await ConsoleQueries.audit(action: "login", target: person.name, client: context.client, on: connection)
            guard let village = person.villageID else { return nil }
            return try await connection.firstColumn("SELECT name FROM villages WHERE id = \(village)", as: String.self).first
        }
        let session = await sessions.create(for: signedIn)
        return Self.redirect("/villages", cookies: [
            cookie(Self.sessionCookie, session.token, maxAge: Int(configuration.sessionLifetime)),
            cookie(Self.loginCookie, "", path: "/login", maxAge: 0),
        ])
    }

    func logout(_ session: Session, _ context: ConsoleContext) async throws -> Response {
        await sessions.remove(session.token)
        try? await hub.asPerson(session.person) { connection in
            try await ConsoleQueries.audit(action: "logout", target: session.person.name, client: context.client, on: connection)
        }
        return Self.redirect("/login", cookies: [cookie(Self.sessionCookie, "", maxAge: 0)])
    }
}
