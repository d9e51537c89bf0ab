import ControlWire
import Foundation

/// The link's rules, apart from its connections: what to fetch, what to hand to dalabad, what
/// to report back. Every method may be run again at any time (after a crash, a reconnect, a
/// notification that came twice) without doing anything twice: announcements go to dalabad
/// with the hub's id as the `say` key, play-log lines go up from the hub's last sequence, and
/// the hub refuses to move a delivery out of a final state.
public actor StationLink {
    let station: StationPort
    let installer: ProgramInstaller?
    let now: @Sendable () -> Date
    let version: String
    /// The hub's last play-log sequence for this village; read again on every connection.
    private var cursor: Int64?
    /// The play-log line last reported as `playing` (so one start is reported once).
    private var reportedPlaying: Int64?

    public init(station: StationPort, installer: ProgramInstaller?, version: String, now: @escaping @Sendable () -> Date = Date.init) {
        self.station = station
        self.installer = installer
        self.version = version
        self.now = now
    }

    /// A new connection to the hub: everything is read afresh, nothing assumed from before.
    public func connected(_ hub: HubSession) async throws {
        cursor = nil
        reportedPlaying = nil
        try await beat(hub)
        try await catchUp(hub)
    }

    /// On a connection and on every notification: what is new for this village.
    public func catchUp(_ hub: HubSession) async throws {
        try await takeAnnouncements(hub)
        try await syncLog(hub)
        try await syncPrograms(hub)
    }

    /// Hands the pending announcements to dalabad (or reports the expired ones missed).
    public func takeAnnouncements(_ hub: HubSession) async throws {
        let pending = try await hub.pendingAnnouncements()
        guard !pending.isEmpty else { return }
        let zone = try station.status().timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        var reports: [DeliveryReport] = []
        for announcement in pending {
            let instant = now()
            switch Handoff.of(announcement, now: instant, timeZone: zone) {
            case .missed(let report):
                reports.append(report)
            case .say(let request):
                do {
                    let reply = try station.say(request)
                    reports.append(DeliveryOutcome.of(reply, announcement: announcement.id, now: instant))
                } catch let refusal as ControlError where refusal.code == "bad_request" {
                    // The station will never take it as it is (e.g. nothing in it can be read aloud).
                    reports.append(DeliveryReport(announcement: announcement.id, state: .failed, finished: instant,
                                                  reason: "the station refused it: \(refusal.message)"))
                } catch {
                    // dalabad away, or its queue full: what was taken so far is reported; the
                    // rest stays pending and is tried again on the next catch-up.
                    try await hub.report(reports)
                    throw error
                }
            }
        }
        try await hub.report(reports)
    }

    /// Uploads the station's play log after the hub's last sequence, with the delivery
    /// outcomes it tells. A line still `playing` stops the upload there (it is completed when
    /// the announcement ends) and is reported as the delivery's start.
    public func syncLog(_ hub: HubSession) async throws {
        var after: Int64
        if let cursor { after = cursor } else {
            after = try await hub.lastUploadedSequence()
            cursor = after
        }
        while true {
            let page = try station.history(after: after)
            var closed: [HistoryRecord] = []
            var open: HistoryRecord?
            for record in page.records {
                if record.status == "playing" { open = record; break }
                closed.append(record)
            }
            if let last = closed.last?.seq {
                try await hub.upload(closed, outcomes: closed.compactMap(DeliveryOutcome.of))
                after = last
                cursor = last
            }
            if let open {
                if reportedPlaying != open.seq, let report = DeliveryOutcome.of(open) {
                    try await hub.report([report])
                }
                reportedPlaying = open.seq
                return
            }
            guard page.next != nil, !closed.isEmpty else { return }
        }
    }

    public func syncPrograms(_ hub: HubSession) async throws {
        guard let installer else { return }
        let reports = installer.apply(try await hub.programs())
        if !reports.isEmpty { try await hub.report(reports) }
    }

    /// The heartbeat: whether dalabad answers, its speaker, its schedule errors, the clock.
    public func beat(_ hub: HubSession) async throws {
        let heartbeat: Heartbeat
        do {
            let status = try station.status()
            heartbeat = Heartbeat(
                online: true, speaker: status.speakerError.map { "\(status.speaker): \($0)" } ?? status.speaker,
                scheduleErrors: status.scheduleErrors.count,
                scheduleDetail: status.scheduleErrors.isEmpty ? nil : status.scheduleErrors.joined(separator: "\n"),
                stationTime: now(), version: version)
        } catch {
            heartbeat = Heartbeat(online: false, speaker: nil, scheduleErrors: 0, scheduleDetail: "dalabad does not answer: \(error)",
                                  stationTime: now(), version: version)
        }
        try await hub.beat(heartbeat)
    }
}
