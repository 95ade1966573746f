import StrideCore
import Testing

@Suite struct StaffImportTests {
    let header = "staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type\n"
    let existing = [StaffImport.Existing(staffNumber: "S1", email: "boss@example.org", supervisorNumber: nil)]

    func plan(_ body: String, units: Set<String> = ["HRD"]) -> StaffImport.Outcome {
        StaffImport.plan(csv: header + body, unitCodes: units, existing: existing)
    }

    @Test func resolvesSupervisorsByStaffIDOrEmailIncludingLaterRows() throws {
        let outcome = plan("""
            S2,Ana,ana@example.org,P3,Analyst,hrd,S3,2026-01-05,regular
            S3,Ben,ben@example.org,P4,Lead,HRD,boss@example.org,2025-01-05,Technical cooperation
            S1,Boss,BOSS@example.org,P5,Chief,HRD,,2020-01-01,regular
            """)
        guard case .ready(let plan) = outcome else { Issue.record("expected a plan, got \(outcome)"); return }
        #expect(plan.rows.map { $0.supervisorNumber } == [.some("S3"), .some("S1"), .some(nil)])
        #expect(plan.rows.map { $0.unitCode } == [.some("HRD"), .some("HRD"), .some("HRD")])
        #expect(plan.rows[1].details.contractType == .technicalCooperation)
        #expect(plan.created == 2)
        #expect(plan.updated == 1)
    }

    /// Spaces, tabs and non-breaking spaces around a cell are not part of the value; inside it they are.
    @Test func cellsAreTrimmedWhateverTheSpaceAroundThem() throws {
        let outcome = plan("S2,\t Ana  Silva \u{00A0},  ana@example.org ,P3,Senior Analyst,\u{2003}hrd, S1 ,2026-01-05 ,regular\n")
        guard case .ready(let plan) = outcome else { Issue.record("expected a plan, got \(outcome)"); return }
        let row = try #require(plan.rows.first)
        #expect(row.details.name == "Ana  Silva" && row.details.email == "ana@example.org" && row.details.jobTitle == "Senior Analyst")
        #expect(row.unitCode == .some("HRD") && row.supervisorNumber == .some("S1") && row.details.entryOnDuty.iso == "2026-01-05")
    }

    @Test func reportsEveryBadRowByLineAndReason() {
        let outcome = plan("""
            S2,Ana,ana@example.org,P3,Analyst,HRD,,2026-01-05,regular
            S3,,ana@example.org,P3,Analyst,XYZ,nobody,2026-13-01,forever
            S2,Dup,dup@example.org,P3,Analyst,HRD,,2026-01-05,regular
            S4,Short row
            S5,Eve,boss@example.org,P3,Analyst,HRD,,2026-01-05,regular
            """)
        guard case .rejected(let problems) = outcome else { Issue.record("expected problems"); return }
        #expect(problems.map(\.description) == [
            // Every problem of a row in one pass, the duplicate email of an invalid row included,
            // with the values that are not allowed quoted.
            "Line 3, name: Enter the person's full name",
            "Line 3, email: email ana@example.org is also on line 2",
            "Line 3, unit: no unit has the code XYZ",
            "Line 3, supervisor: no staff member has the staff ID or email nobody",
            "Line 3, entry_on_duty: “2026-13-01” is not a date: use the form YYYY-MM-DD, like 2026-03-01",
            "Line 3, contract_type: “forever” is not a contract type: use regular, probation or technical_cooperation",
            "Line 4, staff_id: staff ID S2 is also on line 2",
            "Line 5: expected 9 fields, found 2",
            "Line 6, email: email boss@example.org already belongs to staff ID S1",
        ])
    }

    @Test func refusesSupervisionLoopsAndUnknownSupervisors() {
        let outcome = plan("""
            S2,Ana,ana@example.org,P3,Analyst,HRD,S3,2026-01-05,regular
            S3,Ben,ben@example.org,P4,Lead,HRD,S2,2025-01-05,regular
            S4,Cy,cy@example.org,P4,Lead,HRD,ghost@example.org,2025-01-05,regular
            S5,Di,di@example.org,P4,Lead,HRD,S5,2025-01-05,regular
            """)
        guard case .rejected(let problems) = outcome else { Issue.record("expected problems"); return }
        #expect(problems.map(\.line) == [2, 3, 4, 5])
        #expect(problems[0].message.contains("loop"))
        #expect(problems[2].message == "no staff member has the staff ID or email ghost@example.org")
        #expect(problems[3].message == "a person cannot supervise themselves")
    }

    @Test func refusesSupervisionDeeperThanTheTreeHolds() {
        // Each row is supervised by the next: the first has one ancestor per row after it.
        let count = TreePath.maxDepth + 2
        let rows = (0..<count).map { i in
            "D\(i),Deep \(i),deep\(i)@example.org,P3,Analyst,HRD,\(i == count - 1 ? "" : "D\(i + 1)"),2026-01-05,regular"
        }
        guard case .rejected(let problems) = plan(rows.joined(separator: "\n")) else { Issue.record("expected problems"); return }
        #expect(problems.map(\.line) == [2, 3])
        #expect(problems.allSatisfy { $0.message == "supervision would be more than \(TreePath.maxDepth) levels deep" })
    }

    @Test func rejectsFilesWithoutTheRequiredColumnsOrRows() {
        #expect(StaffImport.plan(csv: "name,email\nA,a@b.org\n", unitCodes: [], existing: [])
            == .rejected([.init(line: 1, column: nil, message: "missing required columns: staff_id, grade, job_title, entry_on_duty, contract_type")]))
        #expect(StaffImport.plan(csv: "", unitCodes: [], existing: [])
            == .rejected([.init(line: 1, column: nil, message: "the file is empty; expected a header row")]))
        guard case .rejected(let problems) = StaffImport.plan(csv: header, unitCodes: [], existing: []) else {
            Issue.record("a header alone must be rejected"); return
        }
        #expect(problems.first?.message == "the file has a header but no staff rows")
    }

    @Test func leavesOutColumnsAbsentFromTheFileAndNamesIgnoredOnes() {
        let csv = "Staff ID,Name,Email,Grade,Job title,Entry on duty,Contract type,Phone\nS9,Zed,zed@example.org,G4,Clerk,2024-02-01,regular,555\n"
        guard case .ready(let plan) = StaffImport.plan(csv: csv, unitCodes: [], existing: []) else {
            Issue.record("expected a plan"); return
        }
        #expect(plan.rows[0].unitCode == nil)
        #expect(plan.rows[0].supervisorNumber == nil)
        #expect(plan.notices == ["Ignored column: Phone"])
    }
}
