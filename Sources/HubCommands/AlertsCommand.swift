import ArgumentParser
import CAP
import Foundation
import Hub
import Messages
import Vocabulary

/// `dalaba hub alerts [list] | receive FILE|- | policy`: CAP alerts received at the hub and
/// fanned out to the villages they cover (docs/hub.md, "Alerts").
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: HubHelp.alertsAbstract.localized(),
        subcommands: [AlertsListCommand.self, AlertsReceiveCommand.self, AlertsWatchCommand.self, AlertsPolicyCommand.self],
        defaultSubcommand: AlertsListCommand.self)
}

struct AlertsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HubHelp.alertsListAbstract.localized())

    @Option(help: ArgumentHelp(HubHelp.alertsCount.localized(), valueName: "count"))
    var limit = 50

    @OptionGroup var options: HubOptions

    func run() async throws {
        let alerts = try await options.withHub { connection in try await HubAlerts.list(limit: max(1, limit), on: connection) }
        guard !alerts.isEmpty else { return print(HubMessage.alertsNone.localized()) }
        print(Self.render(alerts, text: HubText()))
    }

    static func render(_ alerts: [HubAlertSummary], text: HubText) -> String {
        let header = [HubMessage.columnID, .columnReceived, .columnState, .columnPriority, .columnTitle, .columnVillagesOrReason]
            .map { $0.localized() }
        let separator = Language.current == .chinese ? "、" : ", "
        return HubText.table(header, alerts.map { alert in
            let state = alert.isExpired(at: text.now) ? HubMessage.alertStateExpired.localized() : HubMessage.alertState(alert.state)
            let detail = alert.state == "fanned_out" ? alert.villages.joined(separator: separator) : alert.reason?.localized ?? ""
            // A message refused unread has no title but where it came from (HubAlerts.refuse).
            let via = HubMessage.via(alert.via)
            let title = (alert.title == String(alert.via.prefix(60)) ? via : alert.title) + " (\(via))"
            return [String(alert.id), text.time(alert.receivedAt), state, alert.priority ?? "-", title, detail]
        })
    }
}

struct AlertsReceiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: HubHelp.alertsReceiveAbstract.localized(),
        discussion: HubHelp.alertsReceiveDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.alertsReceiveFile.localized()))
    var file: String

    @OptionGroup var options: HubOptions

    func run() async throws {
        let via = file == "-" ? "stdin" : "file " + URL(fileURLWithPath: file).lastPathComponent
        let limit = XMLLimits().maxBytes
        let outcome: AlertOutcome = try await options.withHub { connection in
            if file == "-" { return try await HubAlerts.receive(Self.standardInput(limit: limit), via: via, on: connection) }
            let bytes: [UInt8]
            do {
                bytes = try CAPFile.bytes(path: file, limit: limit)
            } catch let rejection as CAPRejection {
                return try await HubAlerts.refuse(rejection, via: via, on: connection)
            }
            return try await HubAlerts.receive(bytes, via: via, on: connection)
        }
        print(Self.render(outcome))
        if outcome.state == .rejected { throw ExitCode(1) }
    }

    /// At most `limit` + 1 bytes (more is refused as too big by the parser, unread).
    static func standardInput(limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= limit, let chunk = try? FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
            bytes += chunk
        }
        return Array(bytes.prefix(limit + 1))
    }

    static func render(_ outcome: AlertOutcome) -> String {
        let separator = Language.current == .chinese ? "、" : ", "
        var lines: [String] = []
        switch outcome.state {
        case .fannedOut:
            lines.append(HubMessage.alertSent.localized([
                "id": outcome.id, "priority": outcome.priority?.rawValue ?? "-", "count": outcome.villages.count,
                "villages": outcome.villages.count == 1 ? "village" : "villages", "names": outcome.villages.joined(separator: separator),
                "broadcasts": outcome.announcements.count, "title": outcome.title,
            ]))
        case .ignored, .cancelled:
            lines.append(HubMessage.alertNotSent.localized(["id": outcome.id, "reason": outcome.reason?.localized ?? ""]))
        case .rejected:
            lines.append(HubMessage.alertRefused.localized(["id": outcome.id, "reason": outcome.reason?.localized ?? ""]))
        }
        if !outcome.withdrawn.isEmpty {
            lines.append(HubMessage.alertWithdrew.localized(["ids": outcome.withdrawn.map(String.init).joined(separator: ", ")]))
        }
        if outcome.state != .fannedOut, !outcome.villages.isEmpty {
            lines.append(HubMessage.alertLiftedNotice.localized(["names": outcome.villages.joined(separator: separator)]))
        }
        if !outcome.announcements.isEmpty {
            lines.append(HubMessage.alertDeliveriesHint.localized(["id": outcome.announcements[0]]))
        }
        return lines.joined(separator: "\n")
    }
}

struct AlertsPolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: HubHelp.alertsPolicyAbstract.localized(),
        discussion: HubHelp.alertsPolicyDiscussion.localized())

    @Option(help: ArgumentHelp(HubHelp.alertsSenders.localized(), valueName: "senders"))
    var senders: String?

    @Option(help: ArgumentHelp(HubHelp.alertsDrills.localized(), valueName: "on|off"))
    var drills: String?

    @Option(help: ArgumentHelp(HubHelp.alertsRepeatEvery.localized(), valueName: "length"))
    var repeatEvery: String?

    @Option(help: ArgumentHelp(HubHelp.alertsRepeats.localized(), valueName: "count"))
    var maxRepeats: Int?

    @Option(help: ArgumentHelp(HubHelp.alertsLongest.localized(), valueName: "characters"))
    var descriptionLimit: Int?

    @OptionGroup var options: HubOptions

    func validate() throws {
        if let drills, !["on", "off"].contains(drills) { throw ValidationError(HubHelp.badDrills.localized(["value": drills])) }
        if let repeatEvery, (try? DurationText.seconds(repeatEvery)) == nil {
            throw ValidationError(HubHelp.badRepeatEvery.localized(["text": repeatEvery]))
        }
    }

    func run() async throws {
        var change = AlertPolicyStore.Change()
        if let senders {
            change.senders = senders.lowercased() == "any" ? .some(nil) : .some(VillageTargets.names(senders))
        }
        change.drills = drills.map { $0 == "on" }
        change.repeatEvery = try repeatEvery.map { try DurationText.seconds($0) }
        change.maxRepeats = maxRepeats
        change.descriptionLimit = descriptionLimit
        let policy = try await options.withHub { connection in
            change.isEmpty ? try await AlertPolicyStore.load(on: connection) : try await AlertPolicyStore.update(change, on: connection)
        }
        let separator = Language.current == .chinese ? "、" : ", "
        print(HubMessage.alertPolicy.localized([
            "senders": policy.senders.map { $0.joined(separator: separator) } ?? HubMessage.anySender.localized(),
            "drills": (policy.drills ? HubMessage.drillsOn : HubMessage.drillsOff).localized(),
            "every": HubText.duration(policy.repeatEvery), "repeats": policy.maxRepeats, "limit": policy.descriptionLimit,
        ]))
    }
}
