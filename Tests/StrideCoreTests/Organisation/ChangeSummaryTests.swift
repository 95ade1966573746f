import StrideCore
import Testing

@Suite struct ChangeSummaryTests {
    @Test func namesOnlyWhatChanged() {
        let before = StaffDetails(name: "Ana", email: "ana@example.org", staffNumber: "S1", grade: "P3", jobTitle: "Analyst",
                                  entryOnDuty: CalendarDate(iso: "2024-01-01")!, contractType: .probation, status: .active)
        var after = before
        after.grade = "P4"
        after.contractType = .regular
        var summary = ChangeSummary.staff(before, after)
        summary.compare("Supervisor", nil, "S9")
        summary.compare("Unit", "HRD", "HRD")
        #expect(summary.text == "Grade: P3 → P4; Contract: probation → regular; Supervisor: none → S9")
        #expect(ChangeSummary.staff(before, before).isEmpty)
    }
}
