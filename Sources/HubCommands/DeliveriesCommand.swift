import ArgumentParser
import Hub

/// `dalaba hub deliveries ID`: an announcement, village by village.
struct DeliveriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries",
        abstract: "Where an announcement was queued and played, village by village, or why not.",
        discussion: "Without ID: the latest announcements and their counts.")

    @Argument(help: "The announcement's number, as `dalaba hub say` printed it.")
    var id: Int?

    @OptionGroup var options: HubOptions

    func run() async throws {
        let text = HubText()
        guard let id else {
            let list = try await options.withHub { connection in try await Reports.announcements(limit: 20, on: connection) }
            guard !list.isEmpty else { return print("No announcements yet.") }
            print(HubText.table(["id", "sent", "priority", "text"], list.map {
                [String($0.id), text.time($0.createdAt), $0.priority, $0.cancelledAt == nil ? $0.text : $0.text + " (cancelled)"]
            }))
            return
        }
        let (summary, deliveries) = try await options.withHub { connection in
            (try await Reports.announcement(id, on: connection), try await Reports.deliveries(of: id, on: connection))
        }
        guard let summary else { throw CommandFailure(description: "No announcement \(id) on this hub: `dalaba hub deliveries` lists the latest.") }
        print(Self.render(summary, deliveries, text: text))
    }

    static func render(_ summary: AnnouncementSummary, _ deliveries: [DeliveryReport], text: HubText) -> String {
        var lines = ["Announcement \(summary.id) (\(summary.priority)), sent \(text.time(summary.createdAt)) by \(summary.createdBy): \(summary.text)"]
        if let at = summary.at { lines.append("To play at \(text.time(at)).") }
        if let expires = summary.expires { lines.append("Expires \(text.time(expires)).") }
        if let cancelled = summary.cancelledAt { lines.append("Cancelled \(text.time(cancelled)).") }
        lines.append(HubText.table(["village", "state", "queued", "started", "finished", "reason"], deliveries.map {
            [$0.village, $0.state, text.time($0.queuedAt), text.time($0.startedAt), text.time($0.finishedAt), $0.reason ?? ""]
        }))
        let counts = Dictionary(grouping: deliveries, by: \.state).map { "\($0.value.count) \($0.key)" }.sorted()
        lines.append(counts.joined(separator: ", ") + ".")
        return lines.joined(separator: "\n")
    }
}
