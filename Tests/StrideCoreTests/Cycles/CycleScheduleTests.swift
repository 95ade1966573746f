import StrideCore
import Testing

/// The schedule rules of `CYCLES.md`: its worked examples and the cases around them.
@Suite struct CycleScheduleTests {
    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private func cycles(_ type: ContractType, _ eod: String, until: String? = nil, contractEnd: String? = nil,
                        policies: [ContractType: CyclePolicy] = [:]) -> [ScheduledCycle] {
        CycleSchedule.cycles([.init(type, from: d(eod))], until: until.map(d) ?? d(eod).adding(months: 120),
                             contractEnd: contractEnd.map(d), policies: policies)
    }

    /// label start→end, MtR
    private func summary(_ cycle: ScheduledCycle) -> String {
        "\(cycle.label) \(cycle.start.iso)→\(cycle.end.iso) mtr \(cycle.midtermReview.iso)"
    }

    @Test func regularMidBienniumJoinerRunsToTheBienniumEnd() {
        let all = cycles(.regular, "2025-03-17")
        #expect(all.prefix(3).map(summary) == [
            "R1 2025-03-17→2026-01-01 mtr 2025-08-09",
            "R2 2026-01-01→2028-01-01 mtr 2027-01-01",
            "R3 2028-01-01→2030-01-01 mtr 2028-12-31",
        ])
        #expect(all[0].beginningOfCycleDue.iso == "2025-04-17")
        #expect(all[0].endOfCycle.iso == "2026-01-01")
        #expect(all[0].endOfCycleDue.iso == "2026-02-01")
        #expect(all.allSatisfy { $0.probationReport == nil && $0.colleagueDesignation == nil })
    }

    @Test func regularJoinerWithLessThanSixMonthsLeftRunsOnToTheNextBiennium() {
        #expect(cycles(.regular, "2025-08-01").prefix(2).map(summary) == [
            "R1 2025-08-01→2028-01-01 mtr 2026-10-16",
            "R2 2028-01-01→2030-01-01 mtr 2028-12-31",
        ])
        // Exactly six months left is not fewer than six: the short cycle stands.
        #expect(summary(cycles(.regular, "2025-07-01")[0]) == "R1 2025-07-01→2026-01-01 mtr 2025-10-01")
        // Joining on a biennium start: a whole biennium.
        #expect(summary(cycles(.regular, "2026-01-01")[0]) == "R1 2026-01-01→2028-01-01 mtr 2027-01-01")
    }

    @Test func probationRunsP1P2P3ThenRegular() {
        let all = cycles(.probation, "2025-01-31")
        #expect(all.prefix(4).map(summary) == [
            "P1 2025-01-31→2026-01-31 mtr 2025-07-31",
            "P2 2026-01-31→2027-01-31 mtr 2026-07-31",
            "P3 2027-01-31→2028-01-01 mtr 2027-07-17",
            "R1 2028-01-01→2030-01-01 mtr 2028-12-31",
        ])
        #expect(all[0].colleagueDesignation?.iso == "2025-07-31")
        #expect(all[0].beginningOfCycleDue.iso == "2025-02-28")
        #expect(all[1].probationReport?.iso == "2026-10-31")
        #expect(all[1].due(for: .probationReport).iso == "2026-10-31" && all[1].due(for: .midterm).iso == "2026-08-31")
        #expect(all[1].due(for: .beginning).iso == "2026-02-28" && all[1].due(for: .end).iso == "2027-02-28")
        #expect(all[1].colleagueDesignation == nil && all[0].probationReport == nil && all[2].probationReport == nil)
    }

    @Test func probationFromALeapDayClampsEveryOffsetFromTheAnchor() {
        let all = cycles(.probation, "2024-02-29")
        #expect(all.prefix(3).map(summary) == [
            "P1 2024-02-29→2025-02-28 mtr 2024-08-29",
            "P2 2025-02-28→2026-02-28 mtr 2025-08-29",
            "P3 2026-02-28→2028-01-01 mtr 2027-01-30",
        ])
        #expect(all[1].probationReport?.iso == "2025-11-29")
    }

    @Test func probationThirdCycleShorterThanTheMinimumRunsToTheBienniumAfter() {
        // P3 would start 2027-09-15, 3.5 months before 2028-01-01: it runs to 2030-01-01.
        let all = cycles(.probation, "2025-09-15")
        #expect(summary(all[2]) == "P3 2027-09-15→2030-01-01 mtr 2028-11-07")
        #expect(all[3].label == "R1" && all[3].start.iso == "2030-01-01")
    }

    @Test func technicalCooperationIsSixMonthsThenAnnual() {
        #expect(cycles(.technicalCooperation, "2025-05-31").prefix(3).map(summary) == [
            "T1 2025-05-31→2025-11-30 mtr 2025-08-31",
            "T2 2025-11-30→2026-11-30 mtr 2026-05-31",
            "T3 2026-11-30→2027-11-30 mtr 2027-05-31",
        ])
    }

    @Test func entryOnThe29thTo31stNeverChainsClampedDates() {
        // Anchored at EOD every time: 31 Jan + 3 months is 30 April, not 28 April.
        let tc = cycles(.technicalCooperation, "2025-01-31")
        #expect(tc.prefix(3).map(summary) == [
            "T1 2025-01-31→2025-07-31 mtr 2025-04-30",
            "T2 2025-07-31→2026-07-31 mtr 2026-01-31",
            "T3 2026-07-31→2027-07-31 mtr 2027-01-31",
        ])
        let p = cycles(.probation, "2023-08-30")
        #expect(p[0].midtermReview.iso == "2024-02-29")
        #expect(p[1].start.iso == "2024-08-30")
        #expect(p[1].probationReport?.iso == "2025-05-30")
    }

    @Test func aContractEndCutsTheRunningCycleAndStartsNoMore() {
        let all = cycles(.regular, "2025-03-17", contractEnd: "2026-09-30")
        #expect(all.map(summary) == [
            "R1 2025-03-17→2026-01-01 mtr 2025-08-09",
            "R2 2026-01-01→2026-09-30 mtr 2026-05-17",
        ])
        #expect(all[1].isCut && !all[0].isCut)
        #expect(all[1].endOfCycle.iso == "2026-09-30")
        // A contract ending exactly at a cycle's end cuts nothing and starts nothing.
        #expect(cycles(.regular, "2025-03-17", contractEnd: "2026-01-01").map(\.label) == ["R1"])
        // Reviews that would fall after the cut are not held: a probation ending at 10 months.
        let short = cycles(.probation, "2025-01-31", contractEnd: "2025-06-30")
        #expect(short.map(summary) == ["P1 2025-01-31→2025-06-30 mtr 2025-04-16"])
        #expect(short[0].colleagueDesignation == nil)
    }

    @Test func aChangeOfContractTypeClosesTheCycleAndAnchorsTheNewScheduleAtTheChange() {
        let all = CycleSchedule.cycles([.init(.probation, from: d("2025-01-31")), .init(.technicalCooperation, from: d("2025-10-15"))],
                                       until: d("2027-01-01"))
        #expect(all.map(summary) == [
            "P1 2025-01-31→2025-10-15 mtr 2025-07-31",
            "T1 2025-10-15→2026-04-15 mtr 2026-01-15",
            "T2 2026-04-15→2027-04-15 mtr 2026-10-15",
        ])
        #expect(all[0].isCut)
        // Confirmed from probation to regular mid-biennium: the regular schedule starts at the change.
        let confirmed = CycleSchedule.cycles([.init(.probation, from: d("2024-05-01")), .init(.regular, from: d("2025-02-10"))],
                                             until: d("2026-06-01"))
        #expect(confirmed.map(summary) == [
            "P1 2024-05-01→2025-02-10 mtr 2024-11-01",
            "R1 2025-02-10→2026-01-01 mtr 2025-07-22",
            "R2 2026-01-01→2028-01-01 mtr 2027-01-01",
        ])
    }

    @Test func onlyCyclesStartingBeforeUntilAreGiven() {
        #expect(cycles(.regular, "2026-01-01", until: "2028-01-01").map(\.label) == ["R1"])
        #expect(cycles(.regular, "2026-01-01", until: "2028-01-02").map(\.label) == ["R1", "R2"])
        // Dates clamp at year 9999: the walk still ends.
        let last = cycles(.technicalCooperation, "9990-01-01", until: "9999-12-31")
        #expect(last.count == 11 && last.last?.end.iso == "9999-12-01")
    }

    @Test func thePolicyDecidesBienniumsMinimumAndWindows() {
        let odd = CyclePolicy(bienniumStartMonth: 7, bienniumStartsInEvenYears: false, minimumCycleMonths: 3, beginningWindowMonths: 2)
        let all = cycles(.regular, "2025-03-17", policies: [.regular: odd])
        #expect(all.prefix(2).map(summary) == [
            "R1 2025-03-17→2025-07-01 mtr 2025-05-09",
            "R2 2025-07-01→2027-07-01 mtr 2026-07-01",
        ])
        #expect(all[0].beginningOfCycleDue.iso == "2025-05-17")
        #expect(CyclePolicy.standard.problems.isEmpty)
        let bad = CyclePolicy(bienniumStartMonth: 13, minimumCycleMonths: 0, midtermWindowMonths: 7)
        #expect(bad.problems.map(\.field) == ["bienniumStartMonth", "minimumCycleMonths", "midtermWindowMonths"])
    }

    @Test func dayArithmeticAcrossLeapYearsAndCenturies() {
        #expect(d("1970-01-01").daysSinceEpoch == 0)
        #expect(d("2000-03-01").daysSinceEpoch == 11_017)
        #expect(d("2024-02-28").adding(days: 1).iso == "2024-02-29")
        #expect(d("2100-02-28").adding(days: 1).iso == "2100-03-01")
        #expect(d("2025-01-31").days(until: d("2028-01-01")) == 1065)
        #expect(d("2026-01-01").adding(days: -1).iso == "2025-12-31")
    }

    @Test func aStepIsDueFromItsDateToItsDueDate() {
        let steps = cycles(.probation, "2026-01-01")[0].milestones
        #expect(steps.map(\.kind) == [.beginning, .colleagueDesignation, .midterm, .end])
        let beginning = steps[0]
        #expect(!beginning.isDue(on: d("2025-12-31")) && beginning.isDue(on: d("2026-01-01")))
        #expect(beginning.isDue(on: d("2026-02-01")) && !beginning.isDue(on: d("2026-02-02")))
        #expect(!steps[1].isDue(on: d("2026-07-01")), "a step with no form of its own is never due")
    }
}
