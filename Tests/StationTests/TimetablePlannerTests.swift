import Foundation
import Testing

@testable import Station

@Suite struct TimetablePlannerTests {
    let programs = FixedPrograms([
        occurrence("noon.yaml", due: -3600), occurrence("a.yaml", due: -300), occurrence("b.yaml", due: 20, order: 1),
        occurrence("a.yaml", due: 20, order: 0), occurrence("late.yaml", due: 7200),
    ])

    @Test func freshStationClaimsNothingBeforeNow() {
        let plan = TimetablePlanner.plan(programs: programs, plannedThrough: nil, now: t0, lead: 30, graceWindow: 600)
        #expect(plan.enqueue.map(\.title) == ["a.yaml", "b.yaml"])
        #expect(plan.missed.isEmpty)
        #expect(plan.plannedThrough == at(30))
        #expect(plan.nextPlanning == at(7200 - 30))
    }

    @Test func restartQueuesWithinGraceAndMissesOlder() {
        let plan = TimetablePlanner.plan(
            programs: programs, plannedThrough: at(-7200), now: t0, lead: 30, graceWindow: 600)
        #expect(plan.missed.map(\.title) == ["noon.yaml"])
        #expect(plan.enqueue.map { "\($0.title)@\(Int($0.due.timeIntervalSince(t0)))" } == ["a.yaml@-300", "a.yaml@20", "b.yaml@20"])
    }

    @Test func planningAgainFromWhereItStoppedAddsNothingTwice() {
        let first = TimetablePlanner.plan(programs: programs, plannedThrough: nil, now: t0, lead: 30, graceWindow: 600)
        let second = TimetablePlanner.plan(
            programs: programs, plannedThrough: first.plannedThrough, now: at(10), lead: 30, graceWindow: 600)
        #expect(second.enqueue.isEmpty)
        #expect(second.plannedThrough == at(40))
    }

    @Test func catchUpIsLimitedToADay() {
        let old = FixedPrograms([occurrence("x.yaml", due: -2 * 86_400), occurrence("y.yaml", due: -3600)])
        let plan = TimetablePlanner.plan(programs: old, plannedThrough: at(-3 * 86_400), now: t0, lead: 30, graceWindow: 600)
        #expect(plan.missed.map(\.title) == ["y.yaml"])
    }

    @Test func clockSteppedBackPlansFromNowAgain() {
        // Planned through 2 h ahead: the clock was set back after the last plan.
        let plan = TimetablePlanner.plan(programs: programs, plannedThrough: at(7200), now: t0, lead: 30, graceWindow: 600)
        #expect(plan.enqueue.map(\.title) == ["a.yaml", "b.yaml"])
        #expect(plan.plannedThrough == at(30))
    }

    @Test func noProgramsMeansNoNextPlanning() {
        let plan = TimetablePlanner.plan(programs: FixedPrograms([]), plannedThrough: nil, now: t0, lead: 30, graceWindow: 600)
        #expect(plan.nextPlanning == nil)
        #expect(plan.enqueue.isEmpty)
    }
}

@Suite struct ReconcileTests {
    @Test func changedProgramIsReplacedRemovedTimeIsRemovedUserItemsStay() {
        let queued = [program(1, "a.yaml", due: 20), program(2, "b.yaml", due: 20), say(3, due: 20), program(4, "c.yaml", due: 20)]
        var changed = occurrence("a.yaml", due: 20)
        changed.text = "新的内容"
        let reloaded = FixedPrograms([changed, occurrence("b.yaml", due: 80), occurrence("c.yaml", due: 20)])
        let result = TimetablePlanner.reconcile(queued: queued, with: reloaded)
        #expect(result.replace == [Announcement(id: 1, draft: changed)])
        #expect(result.remove.map(\.id) == [2])
    }
}
