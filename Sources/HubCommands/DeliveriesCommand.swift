import ArgumentParser
import Hub
import Messages

/// `dalaba hub deliveries ID`: an announcement, village by village.
struct DeliveriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries",
        abstract: HubHelp.deliveriesAbstract.localized(),
        discussion: HubHelp.deliveriesDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.deliveriesID.localized()))
    var id: Int?

    @OptionGroup var options: HubOptions

    func run() async throws {
        let text = HubText()
        guard let id else {
            let list = try await options.withHub { connection in try await Reports.announcements(limit: 20, on: connection) }
            guard !list.isEmpty else { return print(HubMessage.deliveriesNone.localized()) }
            let header = [HubMessage.columnID, .columnSent, .columnPriority, .columnText].map { $0.localized() }
            print(HubText.table(header, list.map {
                [String($0.id), text.time($0.createdAt), $0.priority,
                 $0.cancelledAt == nil ? $0.text : $0.text + " " + HubMessage.cancelledMark.localized()]
            }))
            return
        }
        let (summary, deliveries) = try await options.withHub { connection in
            (try await Reports.announcement(id, on: connection), try await Reports.deliveries(of: id, on: connection))
        }
        guard let summary else { throw CommandFailure(description: HubMessage.deliveriesUnknown.localized(["id": id])) }
        print(Self.render(summary, deliveries, text: text))
    }

    static func render(_ summary: AnnouncementSummary, _ deliveries: [DeliveryReport], text: HubText) -> String {
        var lines = [HubMessage.deliveriesHeader.localized([
            "id": summary.id, "priority": summary.priority, "time": text.time(summary.createdAt), "user": summary.createdBy,
            "text": summary.text,
        ])]
        if let at = summary.at { lines.append(HubMessage.deliveriesAt.localized(["time": text.time(at)])) }
        if let expires = summary.expires { lines.append(HubMessage.deliveriesExpires.localized(["time": text.time(expires)])) }
        if let cancelled = summary.cancelledAt {
            let why = summary.cancelReason.map { (Language.current == .chinese ? "：" : ": ") + $0 } ?? ""
            lines.append(HubMessage.deliveriesCancelled.localized(["time": text.time(cancelled), "user": summary.cancelledBy ?? "?", "why": why]))
        }
        let header = [HubMessage.columnVillage, .columnState, .columnQueued, .columnStarted, .columnFinished, .columnReason].map { $0.localized() }
        lines.append(HubText.table(header, deliveries.map {
            // Cancelled at the hub, not yet answered by the station: it may still hold it.
            let unconfirmed = summary.cancelledAt != nil && ["pending", "queued", "playing"].contains($0.state)
            return [$0.village, HubMessage.state($0.state), text.time($0.queuedAt), text.time($0.startedAt), text.time($0.finishedAt),
                    unconfirmed ? HubMessage.cancelUnconfirmed.localized() : $0.reason ?? ""]
        }))
        let chinese = Language.current == .chinese
        let counts = Dictionary(grouping: deliveries, by: \.state)
            .sorted { $0.key < $1.key }
            .map { chinese ? "\(HubMessage.state($0.key)) \($0.value.count) 个村" : "\($0.value.count) \($0.key)" }
        lines.append(counts.joined(separator: chinese ? "，" : ", ") + (chinese ? "。" : "."))
        return lines.joined(separator: "\n")
    }
}
