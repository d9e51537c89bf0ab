import Foundation
import Hub
import HTTPTypes
import Hummingbird
import Logging
import PostgresNIO

/// The console's state and its request handlers (one file per page: ConsoleServer+….swift).
final class ConsoleServer: Sendable {
    let configuration: ConsoleConfiguration
    let hub: ConsoleHub
    let sessions: SessionStore
    let throttle: LoginThrottle
    let live: LiveUpdates
    let previewer: (any AnnouncementPreviewer)?
    /// 试听 renderings in progress (at most `configuration.previewRenders`).
    let renders: RenderGate
    let logger: Logger

    static let sessionCookie = "dalaba_session"
    static let loginCookie = "dalaba_login"

    init(configuration: ConsoleConfiguration, previewer: (any AnnouncementPreviewer)?, logger: Logger) throws {
        self.configuration = configuration
        self.previewer = previewer
        renders = RenderGate(limit: configuration.previewRenders)
        self.logger = logger
        hub = try ConsoleHub(settings: configuration.hub, poolSize: configuration.poolSize, logger: logger)
        sessions = SessionStore(lifetime: configuration.sessionLifetime)
        throttle = LoginThrottle(limit: configuration.loginLimit, window: configuration.loginWindow)
        live = LiveUpdates(settings: configuration.hub, logger: logger)
    }

    var format: Format { Format(timeZone: configuration.timeZone, now: configuration.clock()) }

    func addRoutes(to router: Router<ConsoleContext>) {
        router.get("/") { _, _ in Self.redirect("/villages") }
        router.get("/login") { request, context in try await self.loginPage(request, context) }
        router.post("/login") { request, context in try await self.login(request, context) }
        router.post("/logout") { request, context in try await self.withForm(request, context) { session, _ in try await self.logout(session, context) } }
        router.get("/villages") { request, context in try await self.withPage(request) { session in try await self.villages(session) } }
        router.get("/villages/events") { request, context in try await self.withPage(request) { session in self.villageEvents(session) } }
        router.get("/say") { request, context in try await self.withPage(request) { session in try await self.sayPage(session) } }
        router.post("/say") { request, context in try await self.withForm(request, context) { session, form in try await self.say(session, form, context) } }
        router.post("/say/preview") { request, context in try await self.withForm(request, context) { session, form in try await self.preview(form) } }
        router.post("/say/preview.wav") { request, context in try await self.withForm(request, context) { session, form in try await self.previewAudio(form) } }
        router.get("/deliveries") { request, context in
            try await self.withPage(request) { session in try await self.deliveries(session, csv: request.uri.queryParameters["format"] == "csv", context) }
        }
        router.get("/deliveries/:id") { request, context in
            try await self.withPage(request) { session in try await self.delivery(session, id: context.parameters.get("id", as: Int.self)) }
        }
        router.get("/deliveries/:id/events") { request, context in
            try await self.withPage(request) { session in
                guard let id = context.parameters.get("id", as: Int.self) else { return self.problem(.notFound, "没有这条通知。", session: session) }
                return self.deliveryEvents(session, announcement: id)
            }
        }
        router.get("/programs") { request, context in try await self.withPage(request) { session in try await self.programs(session) } }
        router.get("/emergency") { request, context in try await self.withPage(request) { session in try await self.emergencyPage(session) } }
        router.post("/emergency") { request, context in try await self.withForm(request, context) { session, form in try await self.emergency(session, form) } }
        router.post("/emergency/confirm") { request, context in
            try await self.withForm(request, context) { session, form in try await self.confirmEmergency(session, form, context) }
        }
        addCAPIntakeRoute(to: router)
        router.get("/static/console.css") { _, _ in Self.asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/static/console.js") { _, _ in Self.asset(Assets.js, type: "text/javascript; charset=utf-8") }
    }

    // MARK: Sessions and forms

    func session(of request: Request) async -> Session? {
        guard let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty else { return nil }
        return await sessions.session(token)
    }

    /// A page for a signed-in person; without a session, the sign-in page.
    func withPage(_ request: Request, _ body: (Session) async throws -> Response) async throws -> Response {
        guard let session = await session(of: request) else { return Self.redirect("/login") }
        return try await answering(session) { try await body(session) }
    }

    /// A form sent by a signed-in person: refused (and nothing done) without a session, from
    /// another site, or without the session's CSRF token.
    func withForm(_ request: Request, _ context: ConsoleContext, _ body: (Session, FormData) async throws -> Response) async throws -> Response {
        guard let session = await session(of: request) else {
            return problem(.unauthorized, "您还没有登录，或登录已过期：请重新登录后再提交。", session: nil)
        }
        guard Self.sameOrigin(request) else {
            return problem(.forbidden, "这个表单不是从本控制台的页面提交的，已拒绝。", session: session)
        }
        var request = request
        let form = try await Self.form(&request)
        guard let token = form["csrf"], Tokens.equal(token, session.csrf) else {
            return problem(.forbidden, "表单缺少安全令牌或已失效：请重新打开页面后再提交。", session: session)
        }
        return try await answering(session) { try await body(session, form) }
    }

    static func form(_ request: inout Request) async throws -> FormData {
        let buffer = try await request.collectBody(upTo: 256 * 1024)
        return FormData(String(buffer: buffer))
    }

    /// A browser sends Origin with a POST; when it names another host the form came from
    /// another site (SameSite=Strict already keeps the cookie away; this is the second lock).
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin], origin != "null" else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://" + host || origin == "https://" + host
    }

    /// Runs a handler and turns the hub's refusals and failures into pages that say what to do.
    func answering(_ session: Session?, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let failure as Announcements.Failure {
            return problem(.badRequest, Self.message(failure), session: session)
        } catch let failure as ConsoleFailure {
            return problem(failure.status, failure.message, session: session)
        } catch let refusal as PSQLError where refusal.serverInfo?[.sqlState] == "42501" {
            return problem(.forbidden, "乡镇平台拒绝了这个操作：您只能查看和发送到自己负责的村。什么也没有改动。", session: session)
        } catch let failure as PSQLError {
            logger.error("hub: \(HubError.describe(failure))")
            return problem(.serviceUnavailable, "乡镇平台（数据库）出错：\(HubError.describe(failure))。请稍后再试；一直这样请联系管理员。", session: session)
        } catch is CancellationError {
            throw CancellationError()
        } catch let failure as HTTPError {
            throw failure
        } catch {
            logger.error("console: \(error)")
            return problem(.serviceUnavailable, "连不上乡镇平台（数据库）：请稍后再试；一直这样请联系管理员检查 PostgreSQL。", session: session)
        }
    }

    static func message(_ failure: Announcements.Failure) -> String {
        switch failure {
        case .emptyText: "请填写广播内容。"
        case .noVillages: "请至少选择一个村。"
        case .expiresBeforeStart: "过期时间早于播出时间：这条通知永远不会播出。请改一下过期时间。"
        case .unknownZones(let refusals):
            refusals.map { refusal in
                refusal.zones.isEmpty
                    ? "\(refusal.village) 没有叫 \(refusal.unknown.joined(separator: "、")) 的分区：它的广播站没有设分区。"
                    : "\(refusal.village) 没有叫 \(refusal.unknown.joined(separator: "、")) 的分区：它的分区是 \(refusal.zones.joined(separator: "、"))。"
            }.joined(separator: "") + "请改写“分区”，或者不选这些村，或者把“分区”留空，全村播出。"
        }
    }

    // MARK: Responses

    static let securityHeaders: HTTPFields = [
        HTTPField.Name("Content-Security-Policy")!:
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
    ]

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page.text)))
    }

    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300", HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func problem(_ status: HTTPResponse.Status, _ message: String, session: Session?) -> Response {
        let title = status == .forbidden ? "不允许" : status == .notFound ? "找不到" : status == .unauthorized ? "请登录" : "出错了"
        return Self.html(ErrorPage.render(title: title, message: message, session: session), status: status)
    }

    /// `Set-Cookie` for a session-like cookie: HttpOnly, SameSite=Strict, Secure over TLS.
    func cookie(_ name: String, _ value: String, path: String = "/", maxAge: Int? = nil) -> String {
        var text = "\(name)=\(value); Path=\(path); HttpOnly; SameSite=Strict"
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if configuration.cookiesSecure { text += "; Secure" }
        return text
    }
}

/// A refusal the console itself decides (bad input), with its status and Chinese message.
struct ConsoleFailure: Error {
    var status: HTTPResponse.Status
    var message: String
}
