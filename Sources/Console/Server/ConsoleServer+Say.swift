import ControlWire
import Foundation
import Hub
import Hummingbird
import PostgresNIO
import Vocabulary

/// 插播: the form, sending, and the preview hook.
extension ConsoleServer {
    func sayPage(_ session: Session, form: SayPage.Form = SayPage.Form(), message: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let targets = try await hub.asPerson(session.person) { connection in try await ConsoleQueries.targets(on: connection) }
        return Self.html(SayPage.render(targets: targets, form: form, message: message, session: session, previewAvailable: previewer != nil), status: status)
    }

    /// The form's fields as an announcement, or what to correct.
    func announcement(from form: FormData, priorities: Set<String>) throws(ConsoleFailure) -> (SayPage.Form, NewAnnouncement, [Int]) {
        var entered = SayPage.Form()
        entered.text = form["text"] ?? ""
        entered.zones = form["zones"] ?? ""
        entered.at = (form["at"] ?? "").trimmingCharacters(in: .whitespaces)
        entered.priority = form["priority"] ?? "normal"
        entered.expires = (form["expires"] ?? "").trimmingCharacters(in: .whitespaces)
        var ids: [Int] = []
        for value in form.all("villages") {
            guard let id = Int(value) else { throw ConsoleFailure(status: .badRequest, message: "村的编号“\(value)”不对：请从列表里勾选村。") }
            if !ids.contains(id) { ids.append(id) }
        }
        entered.villageIDs = Set(ids)
        guard priorities.contains(entered.priority), let priority = Priority(rawValue: entered.priority) else {
            throw ConsoleFailure(status: .badRequest, message: "优先级“\(entered.priority)”不对：请选低、普通或高。")
        }
        let now = Date()
        let calendar = StationCalendar(timeZone: configuration.timeZone)
        var start: Date?
        if !entered.at.isEmpty {
            do {
                start = try calendar.due(entered.at, now: now)
            } catch {
                throw ConsoleFailure(status: .badRequest, message: "播出时间“\(entered.at)”看不懂：请用日期时间选择，或留空表示立即播出。")
            }
        }
        var end: Date?
        if !entered.expires.isEmpty {
            if let seconds = try? DurationText.seconds(entered.expires), seconds > 0 {
                end = (start ?? now).addingTimeInterval(seconds)
            } else if let time = try? calendar.due(entered.expires, now: now) {
                end = time
            } else {
                throw ConsoleFailure(status: .badRequest, message: "过期“\(entered.expires)”看不懂：写一段时长（30m、2h、1天）或一个时间，或留空表示不过期。")
            }
        }
        let zones = entered.zones.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let announcement = NewAnnouncement(text: entered.text, villages: nil, zones: zones, at: start, priority: priority, expires: end)
        return (entered, announcement, ids)
    }

    func say(_ session: Session, _ form: FormData, _ context: ConsoleContext) async throws -> Response {
        let parsed: (SayPage.Form, NewAnnouncement, [Int])
        do {
            parsed = try announcement(from: form, priorities: ["low", "normal", "high"])
            try Announcements.check(parsed.1)
            if parsed.2.isEmpty { throw Announcements.Failure.noVillages }
        } catch let failure as ConsoleFailure {
            return try await sayPage(session, form: (try? announcement(from: form, priorities: ["low", "normal", "high"]).0) ?? SayPage.Form(text: form["text"] ?? ""),
                                     message: failure.message, status: failure.status)
        } catch let failure as Announcements.Failure {
            return try await sayPage(session, form: (try? announcement(from: form, priorities: ["low", "normal", "high"]).0) ?? SayPage.Form(),
                                     message: Self.message(failure), status: .badRequest)
        }
        let (entered, announcement, ids) = parsed
        let id: Int
        do {
            id = try await send(announcement, to: ids, action: "say", session: session, context: context)
        } catch let failure as Announcements.Failure {
            // A zone a chosen village does not have (the hub's check): the form again, as typed.
            return try await sayPage(session, form: entered, message: Self.message(failure), status: .unprocessableContent)
        }
        return Self.redirect("/deliveries/\(id)")
    }

    /// Inserts the announcement and its targets as the person, with its audit row, in one
    /// transaction; a target the person may not send to is refused by the hub (42501), nothing
    /// is kept, and the refusal is written to the audit log.
    func send(_ announcement: NewAnnouncement, to ids: [Int], action: String, session: Session, context: ConsoleContext) async throws -> Int {
        do {
            return try await hub.asPerson(session.person) { connection in
                let id = try await Announcements.insert(announcement, villageIDs: ids, on: connection)
                try await ConsoleQueries.audit(
                    action: action, target: "announcement \(id)",
                    detail: "villages \(ids.map(String.init).joined(separator: ",")) priority \(announcement.priority.rawValue): \(announcement.text)",
                    client: context.client, on: connection)
                return id
            }
        } catch let refusal as PSQLError where refusal.serverInfo?[.sqlState] == "42501" {
            _ = try? await hub.asPerson(session.person) { connection in
                try await ConsoleQueries.audit(
                    action: action + "-refused", target: "villages \(ids.map(String.init).joined(separator: ","))",
                    detail: HubError.describe(refusal), client: context.client, on: connection)
            }
            throw refusal
        }
    }

    func preview(_ form: FormData) async throws -> Response {
        guard let previewer else { return Self.jsonResponse(["error": "读音预览暂不可用。"], status: .serviceUnavailable) }
        let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return Self.jsonResponse(["error": "请先填写广播内容。"], status: .badRequest) }
        do {
            let reading = try await previewer.reading(of: text)
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: try Self.json(reading))))
        } catch {
            return Self.jsonResponse(["error": "无法生成读音：\(error)"], status: .unprocessableContent)
        }
    }

    func previewAudio(_ form: FormData) async throws -> Response {
        guard let previewer else { return Self.jsonResponse(["error": "试听暂不可用。"], status: .serviceUnavailable) }
        let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return Self.jsonResponse(["error": "请先填写广播内容。"], status: .badRequest) }
        guard renders.enter() else {
            var busy = Self.jsonResponse(["error": "现在试听的人多，正在生成别人的试听：请稍等几秒再点一次“试听”。"], status: .serviceUnavailable)
            busy.headers[.retryAfter] = "5"
            return busy
        }
        defer { renders.leave() }
        do {
            let wav = try await previewer.audio(of: text)
            return Response(status: .ok, headers: [.contentType: "audio/wav", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: wav)))
        } catch {
            return Self.jsonResponse(["error": "无法生成试听：\(error)"], status: .unprocessableContent)
        }
    }

    static func jsonResponse(_ value: [String: String], status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: (try? json(value)) ?? "{}")))
    }
}
