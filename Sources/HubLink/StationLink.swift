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
    /// Where the upload stands: the station's store (its identity) and the hub's last
    /// play-log sequence from it; read again on every connection and whenever the store changes.
    private var cursor: (store: String, seq: Int64)?
    /// The play-log line last reported as `playing` (so one start is reported once).
    private var reportedPlaying: Int64?
    /// The zones last reported on this connection: reported again only when dalabad's change.
    private var reportedZones: [String]?
    /// The timetable last uploaded on this connection: uploaded again when it changes (a
    /// reload, a schedule file pushed) or the station's day turns (midnight).
    private var uploadedTimetable: StationTimetable?

    public init(station: StationPort, installer: ProgramInstaller?, version: String, now: @escaping @Sendable () -> Date = Date.init) {
        self.station = station
        self.installer = installer
        self.version = version
        self.now = now
    }

    /// A new connection to the hub: everything is read afresh, nothing assumed from before.
    /// A station store other than the one the hub last heard of (a wiped or new disk) lost what
    /// it held queued: those deliveries are handed over again.
    public func connected(_ hub: HubSession) async throws {
        cursor = nil
        reportedPlaying = nil
        reportedZones = nil
        uploadedTimetable = nil
        let recorded = try await hub.recordedStore()
        let current = try? station.history(after: Int64.max).store
        // Before the heartbeat names the new store: if this fails part-way, the next connection
        // still sees the change and tries again (the keys make the repeat harmless).
        if let recorded, let current, recorded != current { try await handOverAgain(hub) }
        try await beat(hub)
        try await catchUp(hub)
    }

    /// The station's store was replaced: what the hub knows it had queued is gone from it.
    /// Handed over again by the same keys (the new store has never seen them), what is still
    /// valid plays; what expired meanwhile is reported missed. (One that had played but whose
    /// line had not gone up yet plays again: the lost store took the proof with it.)
    func handOverAgain(_ hub: HubSession) async throws {
        try await hand(try await hub.queuedAnnouncements(), to: hub, lostWithStore: true)
    }

    /// On a connection and on every notification: what is new for this village.
    public func catchUp(_ hub: HubSession) async throws {
        try await takeAnnouncements(hub)
        try await takeCancellations(hub)
        try await syncLog(hub)
        try await syncPrograms(hub)
    }

    /// Hands the pending announcements to dalabad (or reports the expired ones missed).
    public func takeAnnouncements(_ hub: HubSession) async throws {
        try await hand(try await hub.pendingAnnouncements(), to: hub, lostWithStore: false)
    }

    private func hand(_ announcements: [HubAnnouncement], to hub: HubSession, lostWithStore: Bool) async throws {
        guard !announcements.isEmpty else { return }
        let zone = try station.status().timeZone.flatMap(TimeZone.init(identifier:)) ?? .current
        var reports: [DeliveryReport] = []
        for announcement in announcements {
            let instant = now()
            switch Handoff.of(announcement, now: instant, timeZone: zone) {
            case .missed(var report):
                if lostWithStore, let expires = announcement.expires {
                    report.reason = "the station's store was replaced (a new disk?) before it played, and it expired at \(Wire.instant.format(expires))"
                }
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

    /// Cancels at the station what the township cancelled and the station may still hold, by
    /// the hub's key; the delivery ends `cancelled` with who and why. One the station never
    /// had is cancelled all the same (it will not get it: `takeAnnouncements` skips cancelled
    /// ones); one that already ended is left to the play log, which tells how.
    public func takeCancellations(_ hub: HubSession) async throws {
        let cancellations = try await hub.cancelledAnnouncements()
        guard !cancellations.isEmpty else { return }
        var reports: [DeliveryReport] = []
        for cancellation in cancellations {
            let instant = now()
            do {
                switch try station.cancel(key: AnnouncementKey.key(for: cancellation.id), reason: cancellation.reason) {
                case .cancelled:
                    reports.append(DeliveryReport(announcement: cancellation.id, state: .cancelled, finished: instant, reason: cancellation.reason))
                case .unknown:
                    reports.append(DeliveryReport(
                        announcement: cancellation.id, state: .cancelled, finished: instant,
                        reason: cancellation.reason + " (before it reached the station)"))
                case .ended:
                    continue
                }
            } catch {
                // dalabad away: what was done so far is reported, the rest is tried again.
                try await hub.report(reports)
                throw error
            }
        }
        try await hub.report(reports)
    }

    /// Uploads the station's play log after the hub's last sequence, with the delivery
    /// outcomes it tells. A line still `playing` stops the upload there (it is completed when
    /// the announcement ends) and is reported as the delivery's start. The sequence counts
    /// within the station's store: when the store is not the one the place was kept in (a
    /// wiped or new disk starts again from 1 under a new identity), the place is asked of the
    /// hub again for the new store, so its lines go up from the first, none skipped.
    public func syncLog(_ hub: HubSession) async throws {
        if cursor == nil {
            // An empty page, for the store's identity.
            let store = try station.history(after: Int64.max).store ?? ""
            cursor = (store, try await hub.lastUploadedSequence(store: store))
        }
        while true {
            guard let (store, after) = cursor else { return }
            let page = try station.history(after: after)
            guard (page.store ?? "") == store else {
                let now = page.store ?? ""
                cursor = (now, try await hub.lastUploadedSequence(store: now))
                reportedPlaying = nil
                // dalabad came back with another store: what the old one held queued is gone.
                try await handOverAgain(hub)
                continue
            }
            var closed: [HistoryRecord] = []
            var open: HistoryRecord?
            for record in page.records {
                if record.status == "playing" { open = record; break }
                closed.append(record)
            }
            if let last = closed.last?.seq {
                try await hub.upload(closed, store: store, outcomes: closed.compactMap(DeliveryOutcome.of))
                cursor = (store, last)
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
        var zones: [String]?
        do {
            let status = try station.status()
            zones = Self.zoneNames(status)
            heartbeat = Heartbeat(
                online: true, speaker: status.speakerError.map { "\(status.speaker): \($0)" } ?? status.speaker,
                scheduleErrors: status.scheduleErrors.count,
                scheduleDetail: status.scheduleErrors.isEmpty ? nil : status.scheduleErrors.joined(separator: "\n"),
                stationTime: now(), version: version, store: try? station.history(after: Int64.max).store)
        } catch {
            heartbeat = Heartbeat(online: false, speaker: nil, scheduleErrors: 0, scheduleDetail: "dalabad does not answer: \(error)",
                                  stationTime: now(), version: version)
        }
        try await hub.beat(heartbeat)
        if let zones, zones != reportedZones {
            try await hub.reportZones(zones)
            reportedZones = zones
        }
        try await syncTimetable(hub)
    }

    /// Uploads the station's timetable of today when it is not what the hub was last given:
    /// on connecting, after a reload or a pushed file, and at the station's midnight (the
    /// heartbeat asks every 30 s, and a station event asks at once). A dalabad away, or too old
    /// to answer `timetable`, leaves the hub's as it was.
    public func syncTimetable(_ hub: HubSession) async throws {
        guard let reply = try? station.timetable() else { return }
        let timetable = StationTimetable(reply)
        guard timetable != uploadedTimetable else { return }
        try await hub.uploadTimetable(timetable)
        uploadedTimetable = timetable
    }

    /// The station's zones as the hub keeps them: its names in its order, none for a station
    /// whose station.yaml names no zones (`status` shows it one zone, `all`, a name no station
    /// may give a zone); nil from a dalabad older than zones, which says nothing about them.
    static func zoneNames(_ status: StatusReply) -> [String]? {
        guard let zones = status.zones else { return nil }
        if zones.count == 1, zones[0].name == "all" { return [] }
        return zones.map(\.name)
    }
}
