import Foundation
import Hub
import HTTPTypes
import Hummingbird

/// 村庄 and its live stream.
extension ConsoleServer {
    func villages(_ session: Session) async throws -> Response {
        let offlineAfter = configuration.offlineAfter
        let format = self.format
        let rows = try await hub.asPerson(session.person) { connection in
            try await ConsoleQueries.villages(offlineAfter: offlineAfter, now: format.now, on: connection)
        }
        return Self.html(VillagesPage.render(rows, session: session, format: format))
    }

    /// `event: village` with the row's cells (JSON) for every village whose heartbeat or
    /// deliveries changed, asked of the hub as the person: a clerk hears only their village.
    func villageEvents(_ session: Session) -> Response {
        let offlineAfter = configuration.offlineAfter
        return eventStream(session) { changes in
            let ids = changes.compactMap { change -> Int? in if case .village(let id) = change { id } else { nil } }
            guard !ids.isEmpty else { return [] }
            let format = self.format
            let rows = try await self.hub.asPerson(session.person) { connection in
                try await ConsoleQueries.villages(ids: ids, offlineAfter: offlineAfter, now: format.now, on: connection)
            }
            return try rows.map { ("village", try Self.json(VillagesPage.cells($0, format: format))) }
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A server-sent event stream: the changes heard since the last look, gathered for a moment,
    /// turned into events by `events`; a comment on each keep-alive tick (a closed page is then
    /// noticed). Ends when the session ends or the console stops.
    func eventStream(_ session: Session, _ events: @escaping @Sendable (Set<HubChange>) async throws -> [(name: String, data: String)]) -> Response {
        let subscription = live.subscribe()
        let gathering = configuration.liveGathering
        let body = ResponseBody { writer in
            defer { self.live.unsubscribe(subscription) }
            try await writer.write(ByteBuffer(string: "retry: 3000\n: 大喇叭\n\n"))
            for await _ in subscription.signals {
                try await Task.sleep(for: gathering)
                guard await self.sessions.isLive(session.token) else { break }
                let changes = subscription.take()
                var text = ""
                for event in try await events(changes) {
                    text += "event: \(event.name)\ndata: \(event.data)\n\n"
                }
                if text.isEmpty && changes.contains(.tick) { text = ": tick\n\n" }
                if !text.isEmpty { try await writer.write(ByteBuffer(string: text)) }
            }
            try await writer.finish(nil)
        }
        var headers = Self.securityHeaders
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        return Response(status: .ok, headers: headers, body: body)
    }
}
