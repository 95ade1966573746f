import Foundation
import StrideCore
import Testing

/// Objectives monitored against agreed criteria: progress, status against time elapsed, roll-up.
@Suite struct ObjectiveRollupTests {
    static let start = CalendarDate(iso: "2026-01-01")!, due = CalendarDate(iso: "2026-12-31")!
    static let reports = PerformanceCriterion(indicator: "Reports on time", unit: "%", baseline: 40, target: 90, startsOn: start, dueOn: due)
    static let errors = PerformanceCriterion(indicator: "Payroll errors", unit: "per month", baseline: 20, target: 5, startsOn: start, dueOn: due,
                                             weight: 3)

    @Test func progressRunsFromBaselineToTargetEitherWay() {
        #expect(Self.reports.progress(of: 65) == 0.5 && Self.reports.progress(of: 100) == 1 && Self.reports.progress(of: 30) == 0)
        #expect(Self.errors.progress(of: 11) == 0.6 && Self.errors.progress(of: 25) == 0)
        #expect(Self.reports.elapsed(on: CalendarDate(iso: "2026-07-02")!) == 182.0 / 364.0)
        #expect(Self.reports.elapsed(on: CalendarDate(iso: "2025-06-01")!) == 0 && Self.reports.elapsed(on: CalendarDate(iso: "2027-06-01")!) == 1)
    }

    @Test func statusComparesProgressWithTimeElapsed() {
        #expect(ObjectiveRollup.status(progress: 0.45, elapsed: 0.5, pastDue: false) == .onTrack)
        #expect(ObjectiveRollup.status(progress: 0.40, elapsed: 0.5, pastDue: false) == .onTrack)
        #expect(ObjectiveRollup.status(progress: 0.30, elapsed: 0.5, pastDue: false) == .atRisk)
        #expect(ObjectiveRollup.status(progress: 0.20, elapsed: 0.5, pastDue: false) == .offTrack)
        #expect(ObjectiveRollup.status(progress: 0.99, elapsed: 1, pastDue: true) == .offTrack)
        #expect(ObjectiveRollup.status(progress: 1, elapsed: 1, pastDue: true) == .onTrack)
        let july = CalendarDate(iso: "2026-07-02")!
        #expect(ObjectiveRollup.measure(Self.reports, latest: nil, today: july).status == .offTrack)
        #expect(ObjectiveRollup.measure(Self.reports, latest: 65, today: july).status == .onTrack)
    }

    @Test func anObjectiveRollsUpItsCriteriaByWeight() throws {
        let july = CalendarDate(iso: "2026-07-02")!
        let parts = [ObjectiveRollup.measure(Self.reports, latest: 65, today: july), ObjectiveRollup.measure(Self.errors, latest: 17, today: july)]
        let objective = try #require(ObjectiveRollup.combine(parts))
        // (0.5 × 1 + 0.2 × 3) / 4 = 0.275 against half the time: 0.225 behind, at risk.
        #expect(abs(objective.progress - 0.275) < 1e-9 && objective.weight == 4 && objective.status == .atRisk)
        #expect(ObjectiveRollup.combine([]) == nil)
        // An outcome weighs each objective by its criteria's total weight.
        let other = ObjectiveRollup.Measured(weight: 1, progress: 1, elapsed: objective.elapsed, status: .onTrack)
        let outcome = try #require(ObjectiveRollup.combine([objective, other]))
        #expect(abs(outcome.progress - (0.275 * 4 + 1) / 5) < 1e-9)
    }
}
