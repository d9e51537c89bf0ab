import Foundation
import Hub
import Hummingbird

/// 紧急: the form, the confirmation step (the emergency waits in the session under a one-time
/// token), and sending.
extension ConsoleServer {
    func emergencyPage(_ session: Session, text: String = "", chosen: Set<Int> = [], message: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let targets = try await hub.asPerson(session.person) { connection in try await ConsoleQueries.targets(on: connection) }
        return Self.html(EmergencyPage.form(targets: targets, text: text, chosen: chosen, message: message, session: session), status: status)
    }

    func emergency(_ session: Session, _ form: FormData) async throws -> Response {
        let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let ids = form.all("villages").compactMap(Int.init)
        guard !text.isEmpty else { return try await emergencyPage(session, chosen: Set(ids), message: "请填写紧急内容。", status: .badRequest) }
        guard !ids.isEmpty else { return try await emergencyPage(session, text: text, message: "请至少选择一个村。", status: .badRequest) }
        // The names as the person may see them: a village they may not see has none, and is refused here already.
        let targets = try await hub.asPerson(session.person) { connection in try await ConsoleQueries.targets(on: connection) }
        let names = ids.compactMap { id in targets.first { $0.id == id }?.name }
        guard names.count == Set(ids).count else {
            return problem(.forbidden, "乡镇平台拒绝了这个操作：您只能查看和发送到自己负责的村。什么也没有改动。", session: session)
        }
        guard let confirmation = await sessions.addEmergency(PendingEmergency(text: text, villageIDs: ids, made: Date()), to: session.token) else {
            return problem(.unauthorized, "登录已过期：请重新登录。", session: nil)
        }
        return Self.html(EmergencyPage.confirm(text: text, villages: names, confirmation: confirmation, session: session))
    }

    func confirmEmergency(_ session: Session, _ form: FormData, _ context: ConsoleContext) async throws -> Response {
        guard let token = form["confirm"], let pending = await sessions.takeEmergency(token, from: session.token) else {
            return try await emergencyPage(session, message: "这个确认已失效（已发送过，或超过 10 分钟）：请重新填写。", status: .conflict)
        }
        let announcement = NewAnnouncement(text: pending.text, villages: nil, priority: .emergency)
        let id = try await send(announcement, to: pending.villageIDs, action: "emergency", session: session, context: context)
        return Self.redirect("/deliveries/\(id)")
    }
}
