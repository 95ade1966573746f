import Foundation
import StrideCore
import Testing

/// A contract end or separation date on the record: checked on the staff form, cutting the
/// running cycle, given back by an extension, and read by the opening.
@Suite struct ContractEndTests {
    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private let regular = ContractHistory(entryOnDuty: CalendarDate(iso: "2025-03-17")!, initialType: .regular)

    private func input(end: String?) -> StaffInput {
        StaffInput(name: "Ana Silva", email: "ana@example.org", staffNumber: "S1", grade: "P3", jobTitle: "Officer",
                   entryOnDuty: "2025-03-17", contractType: "regular", status: "active", contractEnd: end)
    }

    /// R2 as opened on 2026-01-01 under the standard policy.
    private var r2: ScheduledCycle { regular.cycles(until: d("2026-01-02"))[1] }

    @Test func theStaffFormTakesAnOptionalEndAfterEntryOnDuty() {
        #expect(input(end: nil).validate().value?.contractEnd == nil)
        #expect(input(end: " ").validate().value?.contractEnd == nil)
        #expect(input(end: "2027-06-30").validate().value?.contractEnd == d("2027-06-30"))
        #expect(input(end: "2027-02-30").validate().errors == [FieldError("contractEnd", "Contract end date must be a real date, like 2026-03-01")])
        #expect(input(end: "2025-03-17").validate().errors == [FieldError("contractEnd", "The contract must end after entry on duty (2025-03-17)")])
        // Shown again as typed, and named in the audit trail's summary of changes.
        let details = input(end: "2027-06-30").validate().value!
        #expect(StaffInput(details).contractEnd == "2027-06-30")
        var without = details
        without.contractEnd = nil
        #expect(ChangeSummary.staff(without, details).text == "Contract end: none → 2027-06-30")
    }

    @Test func theScheduleStopsAtTheEndOfTheHistory() {
        let ending = regular.ending(on: d("2026-09-30"))
        #expect(ending.cycles(until: d("2030-01-01")).map { "\($0.label) \($0.end.iso)\($0.isCut ? " cut" : "")" }
            == ["R1 2026-01-01", "R2 2026-09-30 cut"])
        // A change of type keeps the end.
        #expect(ending.adding(.init(to: .technicalCooperation, on: d("2026-03-01"))).contractEnd == d("2026-09-30"))
    }

    @Test func anEndMustFallAfterTheLastChangeAndAfterEveryOpenedCycleStarts() {
        let changed = regular.adding(.init(to: .technicalCooperation, on: d("2026-03-01")))
        #expect(ContractEndRules.problems(ending: d("2026-03-01"), history: changed, opened: []) == [
            FieldError("contractEnd", "The contract must end after the last change of contract type (technical cooperation from 2026-03-01)"),
        ])
        #expect(ContractEndRules.problems(ending: d("2026-01-01"), history: regular, opened: [r2]) == [
            FieldError("contractEnd", "Cycle R2 is already open from 2026-01-01: the contract must end after that"),
        ])
        #expect(ContractEndRules.problems(ending: d("2026-01-02"), history: regular, opened: [r2]).isEmpty)
        #expect(ContractEndRules.problems(ending: nil, history: changed, opened: [r2]).isEmpty)
        // And a change of contract type must take effect before the end.
        #expect(ContractChangeRules.problems(with: .init(to: .probation, on: d("2026-09-30")), history: regular.ending(on: d("2026-09-30")),
                                             opened: []) == [FieldError("effectiveOn", "The change must take effect before the contract ends (2026-09-30)")])
    }

    @Test func anEndInsideTheRunningCycleCutsIt() {
        let retiming = ContractEndRules.retiming(ending: d("2026-09-30"), history: regular, opened: [r2],
                                                 endOfCycleSigned: { _ in false }, policies: [:])
        #expect(retiming?.isCut == true && retiming?.index == 0)
        let cut = retiming!.cycle
        // The Mid-term Review (due 2027-01-01) moves to the shortened cycle's midpoint; the End
        // of Cycle is held from the end, due within a month.
        #expect([cut.start.iso, cut.end.iso, cut.midtermReview.iso, cut.endOfCycleDue.iso]
            == ["2026-01-01", "2026-09-30", "2026-05-17", "2026-10-30"])
        // An end on or after the cycle's own end leaves it alone.
        #expect(ContractEndRules.retiming(ending: d("2028-01-01"), history: regular, opened: [r2],
                                          endOfCycleSigned: { _ in false }, policies: [:]) == nil)
    }

    @Test func anExtensionGivesACutCycleItsDatesBackUntilItsEndOfCycleIsSigned() {
        let ended = regular.ending(on: d("2026-09-30"))
        let cut = ContractEndRules.retiming(ending: d("2026-09-30"), history: regular, opened: [r2],
                                            endOfCycleSigned: { _ in false }, policies: [:])!.cycle
        // Extended to 2027-06-30: R2 runs to then, its Mid-term Review at the midpoint of the longer span.
        let extended = ContractEndRules.retiming(ending: d("2027-06-30"), history: ended, opened: [cut],
                                                 endOfCycleSigned: { _ in false }, policies: [:])
        #expect(extended?.isCut == false)
        #expect(extended.map { [$0.cycle.end.iso, $0.cycle.midtermReview.iso] } == ["2027-06-30", "2026-09-30"])
        // The end cleared: R2 runs whole.
        let open = ContractEndRules.retiming(ending: nil, history: ended, opened: [cut], endOfCycleSigned: { _ in false }, policies: [:])
        #expect(open?.cycle == r2)
        // Its End of Cycle signed at the cut: the cycle stays as assessed.
        #expect(ContractEndRules.retiming(ending: nil, history: ended, opened: [cut], endOfCycleSigned: { _ in true }, policies: [:]) == nil)
        // An earlier end than before is a cut again, not an extension.
        #expect(ContractEndRules.retiming(ending: d("2026-06-30"), history: ended, opened: [cut],
                                          endOfCycleSigned: { _ in false }, policies: [:])?.isCut == true)
    }

    private func person(_ history: ContractHistory, opened: [ScheduledCycle]) -> CycleOpening.Person {
        CycleOpening.Person(id: UUID(), contract: history, isActive: true, supervisorID: UUID(), opened: opened.map { $0.start..<$0.end })
    }

    @Test func theOpeningCutsAtTheEndAndOpensNothingFromIt() {
        let ending = regular.ending(on: d("2026-09-30"))
        guard case .open(let cycle, _) = CycleOpening.decide(person(ending, opened: []), asOf: d("2026-03-01"), policies: [:]) else {
            Issue.record("expected R2 to open")
            return
        }
        #expect(cycle.end == d("2026-09-30") && cycle.isCut)
        #expect(CycleOpening.decide(person(ending, opened: [cycle]), asOf: d("2026-09-30"), policies: [:])
            == .skipped("the contract ends on 2026-09-30"))
    }

    @Test func afterACutAssessedAndAnExtensionTheRestOfTheCycleOpensOnItsOwn() {
        let cut = r2.cut(at: d("2026-09-30"), policy: .standard)
        let extended = regular.ending(on: d("2028-06-30"))
        #expect(CycleOpening.decide(person(extended, opened: [cut]), asOf: d("2026-09-29"), policies: [:]) == .alreadyOpen)
        guard case .open(let rest, _) = CycleOpening.decide(person(extended, opened: [cut]), asOf: d("2026-10-15"), policies: [:]) else {
            Issue.record("expected the rest of R2 to open")
            return
        }
        #expect(rest.label == "R2b")
        #expect([rest.start.iso, rest.end.iso, rest.beginningOfCycleDue.iso, rest.midtermReview.iso, rest.endOfCycleDue.iso]
            == ["2026-09-30", "2028-01-01", "2026-10-30", "2027-01-01", "2028-02-01"])
    }

    @Test func theImportReadsTheEndKeepsItWhenTheColumnIsLeftOutAndQuotesABadOne() {
        let existing = [StaffImport.Existing(staffNumber: "S1", email: "a@example.org", supervisorNumber: nil,
                                             contractEnd: d("2027-06-30"))]
        let header = "staff_id,name,email,grade,job_title,entry_on_duty,contract_type"
        func ends(_ csv: String) -> [String?]? {
            guard case .ready(let plan) = StaffImport.plan(csv: csv, unitCodes: [], existing: existing) else { return nil }
            return plan.rows.map { $0.details.contractEnd?.iso }
        }
        #expect(ends("\(header)\nS1,Ana,a@example.org,P3,Officer,2025-01-31,regular\nS2,Bo,b@example.org,P2,Clerk,2025-01-31,regular")
            == ["2027-06-30", nil])
        #expect(ends("\(header),contract_end\nS1,Ana,a@example.org,P3,Officer,2025-01-31,regular,") == [nil])
        #expect(ends("\(header),contract_end\nS1,Ana,a@example.org,P3,Officer,2025-01-31,regular,2028-12-31") == ["2028-12-31"])
        guard case .rejected(let problems) = StaffImport.plan(
            csv: "\(header),contract_end\nS1,Ana,a@example.org,P3,Officer,2025-01-31,regular,31/12/2028\n"
                + "S2,Bo,b@example.org,P2,Clerk,2025-01-31,regular,2024-12-31",
            unitCodes: [], existing: existing) else {
            Issue.record("expected the bad ends to be refused")
            return
        }
        #expect(problems.map(\.description) == [
            "Line 2, contract_end: “31/12/2028” is not a date: use the form YYYY-MM-DD, like 2026-03-01",
            "Line 3, contract_end: The contract must end after entry on duty (2025-01-31)",
        ])
    }
}
