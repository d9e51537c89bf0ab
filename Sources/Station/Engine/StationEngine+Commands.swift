import Foundation

/// The commands: what a clerk (through the control socket) or the daemon asks the station to
/// do. Each runs on the engine's queue and ends by applying the queue rules again.
extension StationEngine {
    /// Queues an ad-hoc announcement; returns once it is on disk (or, the disk failing, in memory).
    public func say(_ draft: AnnouncementDraft) throws -> Announcement {
        try queue.sync { try enqueueSay(draft) }
    }

    /// A `say` that may carry an idempotency key: when an announcement was queued under the
    /// same key before (by this run or an earlier one), nothing is queued and that announcement
    /// comes back with where it stands.
    public func say(once draft: AnnouncementDraft) throws -> SayResult {
        try queue.sync {
            if let key = draft.key, let (known, last) = try records.known(key: key) {
                let standing: SayResult.State =
                    if state.playing?.id == known.id { .playing }
                    else if state.pending.contains(where: { $0.id == known.id }) { .waiting }
                    else if let last, let outcome = last.outcome { .ended(outcome, reason: last.reason, at: last.finished) }
                    else { .waiting }
                log.info("a repeated say with key \(key): already queued, nothing queued again", id: known.id)
                return SayResult(announcement: known, repeated: true, state: standing)
            }
            return SayResult(announcement: try enqueueSay(draft), repeated: false, state: .waiting)
        }
    }

    /// Runs on the engine's queue.
    private func enqueueSay(_ draft: AnnouncementDraft) throws -> Announcement {
        let admission = settings.limits.admit(draft, waiting: state.pending)
        if case .refuse(let reason) = admission {
            log.warning("refused a say by \(draft.source.description): \(reason)")
            throw StoreError.limitReached(reason)
        }
        let announcement = try records.enqueue(draft, at: now())
        state.add(announcement)
        log.info("queued by \(draft.source.description), \(draft.priority), due \(draft.due)", id: announcement.id)
        emit(about: .queued, announcement, at: now())
        if case .acceptPushingOut(let farthest) = admission { pushOut(farthest, for: announcement) }
        reschedule()
        return announcement
    }

    /// Cancels a waiting announcement, or stops it if it is the one playing. `reason` is what
    /// the play log keeps (default "cancelled by USER").
    public func cancel(_ id: AnnouncementID, by user: String, reason: String? = nil) throws {
        let reason = reason ?? "cancelled by \(user)"
        try queue.sync {
            if playbacks[id] != nil {
                log.info("stopping it: \(reason) (asked by \(user))", id: id)
                stopPlaying(id, .cancel(reason: reason))
                return
            }
            try records.cancelByClerk(id, reason: reason, waiting: state.pending.contains { $0.id == id }, at: now())
            if let removed = state.remove(id) {
                dropRender(id)
                log.info("\(reason) (asked by \(user))", id: id)
                emit(about: .cancelled, removed, at: now(), reason)
            }
            reschedule()
        }
    }

    /// The announcement a `say` with this idempotency key queued, nil when none did.
    public func announcementID(key: String) throws -> AnnouncementID? {
        try queue.sync { try records.known(key: key)?.0.id }
    }

    /// Stops what is playing (in every zone); returns the first of it, or nil when nothing plays.
    public func skip(by user: String) -> Announcement? {
        queue.sync {
            guard let current = state.playing else { return nil }
            for playing in state.playingNow { stopPlaying(playing.announcement.id, .skip(by: user)) }
            return current
        }
    }

    /// Stops what plays in `zone` only; the other zones go on. An announcement playing in
    /// several zones is one playback (the same frame in each), so it stops in all of them.
    /// Returns it, or nil when nothing plays there.
    public func skip(in zone: ZoneName, by user: String) -> Announcement? {
        queue.sync {
            guard let current = state.playing(in: zone) else { return nil }
            stopPlaying(current.id, .skip(by: user))
            return current
        }
    }

    public func setPaused(_ paused: Bool, by user: String) {
        queue.sync {
            guard state.paused != paused else { return }
            state.setPaused(paused)
            log.info(paused ? "paused by \(user)" : "resumed by \(user)")
            emit(StationEvent(kind: paused ? .paused : .resumed, time: now(), message: "by \(user)"))
            reschedule()
        }
    }

    /// A clerk's level until `until` (nil: until the plan's next change); nil level: back to
    /// the plan. Takes effect from the next announcement that starts.
    public func setVolume(_ level: VolumeLevel?, until: Date?, by user: String) -> VolumeControl.InForce {
        let inForce = volume.setOverride(level, until: until, by: user, at: now())
        // Plain statements, not nested closures over `inForce`: Swift 6.3's optimizer hit an
        // ownership-verifier crash on the closure form in release builds.
        let end = inForce.reasonEnd
        if let level {
            let endText = end.map { String(describing: $0) } ?? "the plan's next change"
            log.info("volume \(level) set by \(user) until \(endText)")
        } else {
            log.info("volume back to the plan, by \(user)")
        }
        return inForce
    }

    /// Replaces the programs and the station rules (a schedule reload).
    /// Queued occurrences of a changed program are replaced, those no longer in any program are
    /// removed (logged `cancelled`), and the render lead is planned again so new times near now
    /// are not skipped.
    /// `chineseErrors`: the same errors for a Chinese reader (as many, in the same order).
    public func reload(programs: ProgramSource, rules: QueueRules, errors: [String], chineseErrors: [String]? = nil) {
        queue.sync {
            self.programs = programs
            settings.rules = rules
            state.rules = rules
            scheduleErrors = errors
            scheduleErrorsChinese = chineseErrors ?? errors
            let instant = now()
            let changes = TimetablePlanner.reconcile(queued: state.pending, with: programs)
            for announcement in changes.replace {
                do {
                    try records.replace(announcement)
                    state.remove(announcement.id)
                    state.add(announcement)
                    dropRender(announcement.id)
                    log.info("replaced by the reloaded \(announcement.source.description)", id: announcement.id)
                } catch {
                    log.error("cannot replace after reload: \(error)", id: announcement.id)
                }
            }
            for announcement in changes.remove {
                let reason = "\(announcement.source.description) no longer has this time after a reload"
                do {
                    try records.cancel(announcement.id, reason: reason, at: instant)
                    state.remove(announcement.id)
                    dropRender(announcement.id)
                    log.info("removed: \(reason)", id: announcement.id)
                    emit(about: .cancelled, announcement, at: instant, reason)
                } catch {
                    log.error("cannot remove after reload: \(error)", id: announcement.id)
                }
            }
            emit(StationEvent(kind: .reloaded, time: instant, message: errors.isEmpty ? nil : "\(errors.count) schedule error(s)"))
            plannedThroughCache = min(plannedThroughCache ?? instant, instant)
            planTimetable()
            reschedule()
        }
    }

    public func setScheduleErrors(_ errors: [String], chinese: [String]? = nil) {
        queue.sync {
            scheduleErrors = errors
            scheduleErrorsChinese = chinese ?? errors
            publish()
        }
    }

    /// An emergency came into a full queue: the waiting low-priority announcement due last
    /// makes room (logged `cancelled`, with the reason).
    private func pushOut(_ farthest: Announcement, for emergency: Announcement) {
        let reason = "pushed out of the full queue (\(settings.limits.total) waiting) by emergency \(emergency.id)"
        do {
            try records.cancel(farthest.id, reason: reason, at: now())
        } catch {
            log.error("cannot record the push-out: \(error)", id: farthest.id)
        }
        guard let removed = state.remove(farthest.id) else { return }
        dropRender(farthest.id)
        log.warning(reason, id: farthest.id)
        emit(about: .cancelled, removed, at: now(), reason)
    }

    /// Reports a speaker problem found outside playback: the speaker counts as offline (and is
    /// probed again) until a probe succeeds; nil reports it working.
    public func reportSpeaker(error: String?) {
        queue.async { [self] in
            for zone in state.zones {
                if let error { speakerWentOffline(error, zone: zone, at: now()) } else { speakerCameBack(zone: zone, at: now()) }
            }
            reschedule()
        }
    }
}
