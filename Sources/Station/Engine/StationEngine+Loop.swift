import Foundation

/// The loop, on the engine's queue: plan the timetable, apply the queue rules at this
/// instant, and arm the timer for the next instant anything can change.
extension StationEngine {
    func planTimetable(missedReason: String = "the station was not running at its due time") {
        let instant = now()
        let plannedThrough: Date?
        do { plannedThrough = try plannedThroughCache ?? records.plannedThrough() } catch {
            log.error("cannot read the store: \(error)")
            plannedThrough = nil
        }
        let plan = TimetablePlanner.plan(
            programs: programs, plannedThrough: plannedThrough, now: instant, lead: settings.renderLead,
            graceWindow: settings.rules.graceWindow)
        let queued = records.recordTimetable(
            plan, missedReason: missedReason, at: instant, known: state.pending + state.playingNow.map(\.announcement))
        for announcement in queued {
            state.add(announcement)
            log.info("queued from \(announcement.source.description), due \(announcement.due)", id: announcement.id)
            emit(about: .queued, announcement, at: instant)
        }
        for draft in plan.missed {
            log.warning("missed \(draft.source.description) due \(draft.due): \(missedReason)")
        }
        plannedThroughCache = plan.plannedThrough
        nextPlanning = plan.nextPlanning
    }

    /// Applies the queue rules at this instant and arms the timer for the next event.
    func reschedule() {
        guard !stopping else { return publish() }
        let instant = now()
        reference.mark(instant)
        if let planning = nextPlanning, planning <= instant { planTimetable() }
        // Playback starts the output's lead-in before the due time, so the chime sounds on it;
        // and is handed to its player `startAhead` before that, so the device is open and the
        // player waiting on the instant (see Speaker.startAhead).
        let lead = output.leadIn + output.startAhead
        let decision = state.decide(now: instant.addingTimeInterval(lead))
        recordMissed(decision.missed, at: instant)
        // Zones are independent: everything decided starts (or stops) at this instant. An
        // offline zone's speaker holds what is due there alone (the queue leaves it waiting).
        for action in decision.actions {
            switch action {
            case .idle: break
            case .play(let announcement): startPlaying(announcement, at: instant)
            case .interrupt(let playing, let emergency): stopPlaying(playing.id, .interrupt(by: emergency))
            }
        }
        for zone in state.zones where health(zone).probeDue(at: instant) { probeSpeaker(zone) }
        renderAhead(at: instant)
        timer.wake(at: [decision.wake?.addingTimeInterval(-lead), nextPlanning, nextRenderStart(after: instant), speakerWake].compactMap { $0 }.min())
        publish()
    }

    func recordMissed(_ decided: [Decision.Missed], at instant: Date) {
        guard !decided.isEmpty else { return }
        var missed = decided
        for index in missed.indices where missed[index].announcement.due <= instant {
            // Held because its zones' speakers were offline (with one zone: the speaker).
            let zones = state.zones(of: missed[index].announcement)
            if let error = zones.lazy.compactMap({ self.health($0).error }).first, zones.allSatisfy({ self.health($0).error != nil }) {
                missed[index].reason = "the speaker was offline (\(error)) until it expired"
            }
        }
        records.recordMissed(missed, at: instant)
        for item in missed {
            state.remove(item.announcement.id)
            dropRender(item.announcement.id)
            log.warning("missed: \(item.reason)", id: item.announcement.id)
            emit(about: .missed, item.announcement, at: instant, item.reason)
        }
    }

    /// Renders the announcements due within the lead off the engine's queue, one at a time per
    /// zone (on the render thread of its first zone).
    func renderAhead(at instant: Date) {
        for announcement in state.upcoming(now: instant, lead: settings.renderLead) where renders.needsRender(announcement.id) {
            let promise = renders.began(announcement.id)
            renderWorkers.async(in: state.zones(of: announcement).first ?? .whole) { [self] in
                let audio = Result { try output.render(announcement) }
                promise.fulfil(audio)
                queue.async {
                    // Handed to its player while it rendered: the player waits for this result
                    // (the promise), so the cache neither keeps it nor hands it to the output.
                    let handedOver = self.playbacks[announcement.id]?.waitsForRender == true
                    let waiting = !handedOver && self.state.pending.contains { $0.id == announcement.id }
                    let kept = self.renders.finished(announcement.id, audio, stillWaiting: waiting)
                    guard !handedOver, case .success(let rendered) = audio else { return }
                    // Only a render still wanted may reach the output (the amplifier); one whose
                    // announcement was cancelled, missed or started while it rendered is withdrawn.
                    if kept {
                        self.output.expect(rendered, for: announcement)
                    } else {
                        self.log.info("its render ended after it left the queue; not played", id: announcement.id)
                        self.output.withdraw(rendered)
                    }
                }
            }
        }
    }

    /// Forgets an announcement's render ahead (it changed or left the queue) and withdraws it
    /// from the output, so the amplifier is not kept on for it.
    func dropRender(_ id: AnnouncementID) {
        if let rendered = renders.drop(id) { output.withdraw(rendered) }
    }

    /// The next instant an announcement that is not due yet enters the render lead.
    func nextRenderStart(after instant: Date) -> Date? {
        state.pending.lazy.map { $0.due.addingTimeInterval(-self.settings.renderLead) }.filter { $0 > instant }.min()
    }
}
