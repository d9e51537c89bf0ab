import ArgumentParser
import CAP
import Foundation
import Hub
import Messages

/// `dalaba hub alerts watch FOLDER`: the hub's drop folder, for a relay that writes files (or
/// a USB stick's files copied in). Each file, oldest name first, is received as `receive FILE`
/// does, then moved to done/ or to rejected/ with NAME.reason beside it, as at a station
/// (docs/alerts.md, "The drop folder"). Polls: the hub's machine may not be Linux, and a
/// second's wait matters less here than at a loudspeaker.
struct AlertsWatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: HubHelp.watchAbstract.localized(),
        discussion: HubHelp.watchDiscussion.localized())

    @Argument(help: ArgumentHelp(HubHelp.watchFolder.localized()))
    var folder: String

    @Option(help: ArgumentHelp(HubHelp.watchInterval.localized(), valueName: "seconds"))
    var interval: Double = 0.5

    @Option(help: ArgumentHelp(HubHelp.watchSettle.localized(), valueName: "seconds"))
    var settle: Double = 0.5

    @Flag(help: ArgumentHelp(HubHelp.watchOnce.localized()))
    var once = false

    @OptionGroup var options: HubOptions

    func run() async throws {
        let manager = FileManager.default
        for sub in ["done", "rejected"] {
            try manager.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        print(HubMessage.alertsWatching.localized(["folder": folder]))
        while true {
            for name in try manager.contentsOfDirectory(atPath: folder).sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                guard let attributes = try? manager.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType == .typeRegular,
                      let modified = attributes[.modificationDate] as? Date, Date().timeIntervalSince(modified) >= settle
                else { continue }
                do {
                    let outcome = try await take(path, name: name)
                    print(AlertsReceiveCommand.render(outcome))
                } catch {
                    // The hub is unreachable or refused the transaction: the file stays for the next round.
                    FileHandle.standardError.write(Data("\(name): \(CommandFailure.from(error))\n".utf8))
                }
            }
            if once { return }
            try await Task.sleep(for: .seconds(max(0.05, interval)))
        }
    }

    private func take(_ path: String, name: String) async throws -> AlertOutcome {
        let outcome: AlertOutcome = try await options.withHub { connection in
            let bytes: [UInt8]
            do {
                bytes = try CAPFile.bytes(path: path, limit: XMLLimits().maxBytes)
            } catch let rejection as CAPRejection {
                return try await HubAlerts.refuse(rejection, via: "file " + name, on: connection)
            }
            return try await HubAlerts.receive(bytes, via: "file " + name, on: connection)
        }
        let target = folder + "/" + (outcome.state == .rejected ? "rejected" : "done")
        var destination = target + "/" + name
        if FileManager.default.fileExists(atPath: destination) { destination = target + "/\(outcome.id)-" + name }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: destination)
        } catch {
            // Left in place it would be received again (as a duplicate) every round.
            try? FileManager.default.removeItem(atPath: path)
        }
        if outcome.state == .rejected, let reason = outcome.reason {
            try? (reason.english + "\n" + reason.chinese + "\n").write(toFile: destination + ".reason", atomically: true, encoding: .utf8)
        }
        return outcome
    }
}
