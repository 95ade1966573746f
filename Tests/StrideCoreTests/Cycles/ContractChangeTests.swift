import StrideCore
import Testing

/// Changes of contract type: the history the schedule reads, the rules for recording one, the
/// cut of the running cycle, and the anchor that editing may not move.
@Suite struct ContractChangeTests {
    private func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private let probation = ContractHistory(entryOnDuty: CalendarDate(iso: "2025-01-31")!, initialType: .probation)

    private func validate(_ type: String?, _ date: String?, history: ContractHistory? = nil,
                          opened: [ScheduledCycle] = []) -> [FieldError] {
        ContractChangeRules.validate(.init(contractType: type, effectiveOn: date), history: history ?? probation, opened: opened).errors
    }

    @Test func theHistoryGivesTheTypeOnEachDayAndThePeriodsTheScheduleReads() {
        let history = probation.adding(.init(to: .regular, on: d("2026-06-01"))).adding(.init(to: .technicalCooperation, on: d("2028-03-01")))
        #expect(history.currentType == .technicalCooperation)
        #expect(history.type(on: d("2025-01-31")) == .probation)
        #expect(history.type(on: d("2026-05-31")) == .probation)
        #expect(history.type(on: d("2026-06-01")) == .regular)
        #expect(history.type(on: d("2030-01-01")) == .technicalCooperation)
        #expect(history.periods.map { "\($0.type.rawValue) \($0.start.iso)" }
            == ["probation 2025-01-31", "regular 2026-06-01", "technical_cooperation 2028-03-01"])
        // The schedule: P1 runs whole, P2 is cut at the confirmation, R1 anchored there runs to
        // the biennium's end, then T1 from the move to technical cooperation.
        #expect(history.cycles(until: d("2028-09-02")).map { "\($0.label) \($0.start.iso)→\($0.end.iso)\($0.isCut ? " cut" : "")" } == [
            "P1 2025-01-31→2026-01-31", "P2 2026-01-31→2026-06-01 cut", "R1 2026-06-01→2028-01-01",
            "R2 2028-01-01→2028-03-01 cut", "T1 2028-03-01→2028-09-01", "T2 2028-09-01→2029-09-01",
        ])
        // Changes given out of order are kept in date order.
        let unordered = ContractHistory(entryOnDuty: d("2025-01-31"), initialType: .probation,
                                        changes: [.init(to: .technicalCooperation, on: d("2028-03-01")), .init(to: .regular, on: d("2026-06-01"))])
        #expect(unordered == history)
    }

    @Test func aChangeNeedsATypeADateAfterEntryAndAfterTheLastChangeAndADifferentType() {
        #expect(validate(nil, nil).map(\.field) == ["contractType", "effectiveOn"])
        #expect(validate("permanent", "2026-02-30") == [
            FieldError("contractType", "Select the new contract type"),
            FieldError("effectiveOn", "The date the change takes effect must be a real date, like 2026-03-01"),
        ])
        #expect(validate("regular", "2025-01-31") == [FieldError("effectiveOn", "The change must take effect after entry on duty (2025-01-31)")])
        #expect(validate("probation", "2026-03-01") == [FieldError("contractType", "The contract is already probation on 2026-03-01")])
        let changed = probation.adding(.init(to: .regular, on: d("2026-06-01")))
        #expect(validate("technical_cooperation", "2026-06-01", history: changed)
            == [FieldError("effectiveOn", "The change must take effect after the last one recorded (regular fixed-term from 2026-06-01)")])
        #expect(validate("regular", "2027-01-01", history: changed) == [FieldError("contractType", "The contract is already regular fixed-term on 2027-01-01")])
        #expect(validate("technical_cooperation", "2027-01-01", history: changed) == [])
        #expect(ContractChangeRules.validate(.init(contractType: "regular", effectiveOn: "2026-06-01"), history: probation, opened: []).value
            == .init(to: .regular, on: d("2026-06-01")))
    }

    @Test func aChangeMayNotTakeEffectOnOrBeforeTheStartOfAnOpenedCycle() {
        let opened = probation.cycles(until: d("2026-02-01"))
        #expect(opened.map(\.label) == ["P1", "P2"])
        #expect(validate("regular", "2026-01-31", opened: opened)
            == [FieldError("effectiveOn", "Cycle P2 is already open from 2026-01-31: the change must take effect after that")])
        #expect(validate("regular", "2026-02-01", opened: opened) == [])
    }

    @Test func theRunningCycleIsCutAtTheChangeKeepingTheDiscussionsHeldBeforeIt() throws {
        let opened = probation.cycles(until: d("2026-02-01"))
        let p2 = opened[1]
        #expect(p2.midtermReview.iso == "2026-07-31" && p2.probationReport?.iso == "2026-10-31")
        // Before the Mid-term Review: it moves to the midpoint of the shortened cycle, and the report is not held.
        let early = try #require(ContractChangeRules.cut(opened, at: d("2026-06-01"), policies: [:]))
        #expect(early.index == 1)
        #expect(early.cycle.end.iso == "2026-06-01" && early.cycle.isCut)
        #expect(early.cycle.midtermReview.iso == "2026-04-01" && early.cycle.midtermReviewDue.iso == "2026-05-01")
        #expect(early.cycle.probationReport == nil && early.cycle.endOfCycleDue.iso == "2026-07-01")
        #expect(early.cycle.beginningOfCycleDue == p2.beginningOfCycleDue && early.cycle.label == "P2")
        // After it: the review keeps its date; the report after the cut is still not held.
        let late = try #require(ContractChangeRules.cut(opened, at: d("2026-09-15"), policies: [.probation: .init(endWindowMonths: 2)]))
        #expect(late.cycle.midtermReview == p2.midtermReview && late.cycle.midtermReviewDue == p2.midtermReviewDue)
        #expect(late.cycle.probationReport == nil && late.cycle.endOfCycleDue.iso == "2026-11-15")
        // A change on a cycle's boundary, or after every opened cycle, cuts nothing.
        #expect(ContractChangeRules.cut(opened, at: d("2026-01-31"), policies: [:]) == nil)
        #expect(ContractChangeRules.cut(opened, at: d("2027-02-01"), policies: [:]) == nil)
        // The Beginning of Cycle is never due after the cycle's end.
        let first = try #require(ContractChangeRules.cut(opened, at: d("2025-02-10"), policies: [:]))
        #expect(first.cycle.beginningOfCycleDue.iso == "2025-02-10")
    }

    @Test func theAnchorRefusesEditsThatWouldRetimeRunningCycles() {
        let anchor = ScheduleAnchor(contractType: .probation, entryOnDuty: d("2025-01-31"))
        let details = StaffDetails(name: "A", email: "a@example.org", staffNumber: "S1", grade: "P3", jobTitle: "Officer",
                                   entryOnDuty: d("2025-01-31"), contractType: .probation, status: .active)
        #expect(anchor.problems(with: details) == [])
        var moved = details
        moved.entryOnDuty = d("2025-02-01")
        moved.contractType = .regular
        #expect(anchor.problems(with: moved).map(\.field) == ["entryOnDuty", "contractType"])
    }

    @Test func theImportRefusesToMoveAnAnchoredSchedule() {
        let existing = [StaffImport.Existing(staffNumber: "S1", email: "a@example.org", supervisorNumber: nil,
                                             scheduleAnchor: .init(contractType: .probation, entryOnDuty: d("2025-01-31")))]
        let csv = """
            staff_id,name,email,grade,job_title,entry_on_duty,contract_type
            S1,Ana,a@example.org,P3,Officer,2025-01-31,regular
            """
        guard case .rejected(let problems) = StaffImport.plan(csv: csv, unitCodes: [], existing: existing) else {
            Issue.record("expected the import to be refused")
            return
        }
        #expect(problems.map(\.column) == ["contract_type"])
        #expect(problems.first?.line == 2)
        let same = csv.replacingOccurrences(of: "regular", with: "probation")
        guard case .ready = StaffImport.plan(csv: same, unitCodes: [], existing: existing) else {
            Issue.record("an unchanged type imports")
            return
        }
    }

    @Test func theLastChangeIsWithdrawnWhileNoCycleRunsUnderItGivingTheCutCycleItsDatesBack() {
        let opened = probation.cycles(until: d("2026-02-01"))
        let p2 = opened[1]
        let confirmed = probation.adding(.init(to: .regular, on: d("2026-06-01")))
        let cut = ContractChangeRules.cut(opened, at: d("2026-06-01"), policies: [:])!.cycle
        let standing = [opened[0], cut]
        func withdraw(_ change: ContractHistory.Change, from history: ContractHistory, opened: [ScheduledCycle],
                      signed: Bool = false) -> Result<ContractChangeRules.Withdrawal, ContractChangeRules.WithdrawalRefused> {
            ContractChangeRules.withdrawal(of: change, history: history, opened: opened, endOfCycleSigned: { _ in signed }, policies: [:])
        }
        // P2 runs to its scheduled end again, and the history is as before the change.
        let withdrawn = try? withdraw(confirmed.changes[0], from: confirmed, opened: standing).get()
        #expect(withdrawn?.history == probation)
        #expect(withdrawn?.restored == CycleRetiming(index: 1, cycle: p2, isCut: false))
        #expect(p2.end.iso == "2027-01-31")
        // P2's End of Cycle signed at the cut: it stays cut; the rest opens on its own later.
        #expect((try? withdraw(confirmed.changes[0], from: confirmed, opened: standing, signed: true).get())?.restored == nil)
        // Refused once a cycle runs under the change, for any change but the last, and with none.
        let r1 = confirmed.cycles(until: d("2026-06-02")).last!
        #expect(withdraw(confirmed.changes[0], from: confirmed, opened: standing + [r1])
            == .failure(.init(reason: "Cycle R1 has been opened from 2026-06-01 under the change, so it can no longer be withdrawn")))
        let moved = confirmed.adding(.init(to: .technicalCooperation, on: d("2028-03-01")))
        #expect(withdraw(confirmed.changes[0], from: moved, opened: standing)
            == .failure(.init(reason: "Only the last change recorded can be withdrawn: technical cooperation from 2028-03-01")))
        #expect(withdraw(confirmed.changes[0], from: probation, opened: opened)
            == .failure(.init(reason: "No change of contract type is recorded")))
    }

    @Test func beforeALaterChangeTakesEffectTheTypeHeldTodayIsNoEdit() {
        let confirmed = probation.adding(.init(to: .regular, on: d("2027-01-31")))
        let anchor = ScheduleAnchor(confirmed, today: d("2026-12-06"))
        #expect(anchor == ScheduleAnchor(contractType: .regular, entryOnDuty: d("2025-01-31"), heldToday: .probation))
        #expect(ScheduleAnchor(confirmed, today: d("2027-01-31")).heldToday == nil)
        var details = StaffDetails(name: "Ana", email: "a@example.org", staffNumber: "S1", grade: "P3", jobTitle: "Officer",
                                   entryOnDuty: d("2025-01-31"), contractType: .probation, status: .active)
        // Probation (held today) and regular (recorded) both pass, and the record keeps regular.
        #expect(anchor.problems(with: details).isEmpty)
        #expect(anchor.settled(details).contractType == .regular)
        details.contractType = .technicalCooperation
        #expect(anchor.problems(with: details).map(\.field) == ["contractType"])
        // The import reads a file that knows nothing of the change yet.
        let existing = [StaffImport.Existing(staffNumber: "S1", email: "a@example.org", supervisorNumber: nil, scheduleAnchor: anchor)]
        let csv = "staff_id,name,email,grade,job_title,entry_on_duty,contract_type\nS1,Ana,a@example.org,P3,Officer,2025-01-31,probation\n"
        guard case .ready(let plan) = StaffImport.plan(csv: csv, unitCodes: [], existing: existing) else {
            Issue.record("the type held today imports")
            return
        }
        #expect(plan.rows.map(\.details.contractType) == [.regular])
    }
}

