// `POST /api/cap`: a relay posts one CAP 1.2 message (issue 17, docs/hub.md "Alerts"). The relay
// is named by its bearer token (`dalaba hub relays add NAME`, shown once; the hub keeps a hash and
// compares in constant time); everything else is the Hub library's `HubAlerts.receive`, run as
// the role dalaba_relay, which may record alerts and send and cancel announcements, nothing more.
// The reply is one JSON object with the outcome and its one-line reason, and a status that says
// it without reading the body: 200 sent or kept as not sent, 422 refused, 401 no valid token,
// 413 larger than a CAP message may be.
import Foundation
import Hub
import HTTPTypes
import Hummingbird
import Logging
import PostgresNIO

/// The reply's body: the outcome, or the error and why.
struct CAPIntakeReply: Encodable {
    var error: String?
    var id: Int?
    var state: String?
    var title: String?
    var priority: String?
    var villages: [String]?
    var announcements: [Int]?
    var withdrawn: [Int]?
    var reason: String?
    var reasonChinese: String?

    enum CodingKeys: String, CodingKey {
        case error, id, state, title, priority, villages, announcements, withdrawn, reason
        case reasonChinese = "reason_zh"
    }
}

extension ConsoleServer {
    func addCAPIntakeRoute(to router: Router<ConsoleContext>) {
        router.post("/api/cap") { request, _ in try await self.capIntake(request) }
    }

    func capIntake(_ request: Request) async throws -> Response {
        let limit = HubAlerts.messageLimit
        guard let token = Self.bearerToken(request.headers[.authorization]) else {
            return Self.capReply(.unauthorized, CAPIntakeReply(error: "unauthorized", CAPIntakeMessage.noToken()))
        }
        let tooLarge = CAPIntakeReply(error: "too large", CAPIntakeMessage.tooLarge(["limit": limit]))
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            return Self.capReply(.contentTooLarge, tooLarge)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch {
            return Self.capReply(.contentTooLarge, tooLarge)
        }
        let bytes = Array(buffer: body)
        let receipt: HubAlerts.RelayReceipt
        do {
            receipt = try await hub.asRelay { connection in try await HubAlerts.receive(bytes, bearerToken: token, on: connection) }
        } catch {
            logger.error("cap: \(HubError.describe(error))")
            return Self.capReply(.serviceUnavailable, CAPIntakeReply(error: "hub unavailable", CAPIntakeMessage.hubFailed()))
        }
        switch receipt {
        case .unauthorized:
            return Self.capReply(.unauthorized, CAPIntakeReply(error: "unauthorized", CAPIntakeMessage.unknownToken()))
        case .received(let relay, let outcome):
            logger.info("cap: relay \(relay): alert \(outcome.id) \(outcome.state.rawValue)")
            let reply = CAPIntakeReply(
                id: outcome.id, state: outcome.state.rawValue, title: outcome.title, priority: outcome.priority?.rawValue,
                villages: outcome.villages, announcements: outcome.announcements, withdrawn: outcome.withdrawn,
                reason: outcome.reason?.english, reasonChinese: outcome.reason?.chinese)
            return Self.capReply(outcome.state == .rejected ? .unprocessableContent : .ok, reply)
        }
    }

    /// `Bearer TOKEN` (the scheme's case does not matter, RFC 9110 §11.1).
    static func bearerToken(_ header: String?) -> String? {
        guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return nil }
        let token = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    static func capReply(_ status: HTTPResponse.Status, _ reply: CAPIntakeReply) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"dalaba\"" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(reply)) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: Array(data) + [10])))
    }
}

extension ConsoleHub {
    /// `body` as the role dalaba_relay (a relay's post: its token is checked inside, by the
    /// hub's own tables), on one of the console's connections; the role is reset afterwards.
    /// Not a transaction of its own: HubAlerts.receive makes its own.
    func asRelay<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("SET ROLE dalaba_relay", logger: self.logger)
            do {
                let value = try await body(connection)
                try await connection.query("RESET ROLE", logger: self.logger)
                return value
            } catch {
                _ = try? await connection.query("RESET ROLE", logger: self.logger)
                throw error
            }
        }
    }
}
