import Foundation
import Hub
import Hummingbird

/// 播出记录 (and its CSV), one announcement live, and 节目.
extension ConsoleServer {
    func deliveries(_ session: Session, csv: Bool, _ context: ConsoleContext) async throws -> Response {
        let rows = try await hub.asPerson(session.person) { connection in
            let rows = try await ConsoleQueries.announcements(limit: csv ? 1000 : 50, on: connection)
            if csv { try await ConsoleQueries.audit(action: "export", target: "deliveries.csv", client: context.client, on: connection) }
            return rows
        }
        guard csv else { return Self.html(DeliveriesPage.list(rows, session: session, format: format)) }
        var headers = Self.securityHeaders
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"deliveries.csv\""
        // A byte-order mark: spreadsheet programs on Chinese Windows then read UTF-8.
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: "\u{FEFF}" + DeliveriesPage.csv(rows, format: format))))
    }

    func delivery(_ session: Session, id: Int?) async throws -> Response {
        guard let id else { return problem(.notFound, "没有这条通知。", session: session) }
        let rows = try await hub.asPerson(session.person) { connection in try await ConsoleQueries.announcements(id: id, limit: 1, on: connection) }
        guard let row = rows.first else {
            return problem(.notFound, "没有第 \(id) 号通知，或它不是发给您的村的：请从播出记录里打开。", session: session)
        }
        return Self.html(DeliveriesPage.detail(row, session: session, format: format))
    }

    /// `event: delivery` with one village's delivery cells (JSON) whenever its state changes.
    func deliveryEvents(_ session: Session, announcement id: Int) -> Response {
        eventStream(session) { changes in
            guard changes.contains(where: { if case .delivery(id, _) = $0 { true } else { false } }) else { return [] }
            let rows = try await self.hub.asPerson(session.person) { connection in
                try await ConsoleQueries.announcements(id: id, limit: 1, on: connection)
            }
            let villages = Set(changes.compactMap { change -> Int? in if case .delivery(id, let village) = change { village } else { nil } })
            let format = self.format
            return try (rows.first?.deliveries ?? []).filter { villages.contains($0.villageID) }.map {
                ("delivery", try Self.json(DeliveriesPage.cells($0, format: format)))
            }
        }
    }

    func programs(_ session: Session) async throws -> Response {
        let (programs, timetables) = try await hub.asPerson(session.person) { connection in
            (try await Programs.list(on: connection), try await Timetables.list(on: connection))
        }
        return Self.html(ProgramsPage.render(programs, timetables: timetables, session: session, format: format))
    }
}
