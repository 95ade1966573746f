import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR records a contract end or separation date, on the staff form or by import: the
    /// running cycle is cut there, an extension gives it its dates back, and nothing opens after.
    @Suite struct ContractEndTests {
        private func edit(_ org: Org, end: String) -> [String: String] {
            ["name": "Raj Report", "email": "raj.report@example.org", "staffNumber": "R1", "grade": "P3", "jobTitle": "Officer",
             "unit": org.policy.id!.uuidString, "supervisor": "M1", "entryOnDuty": "2024-01-15", "contractType": "regular",
             "contractEnd": end, "status": "active", "version": "1"]
        }

        private func cycle(of org: Org, _ app: Application) async throws -> AppraisalCycle {
            try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.report.id!).first())
        }

        @Test func anEndCutsTheRunningCycleAndAnExtensionGivesItsDatesBack() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.openCycles(asOf: "2026-03-01").status == .ok)
                let raj = org.report.id!
                try await hr.get(.editStaff(raj))

                // Bad input names the field and writes nothing.
                let early = try await hr.post(.editStaff(raj), edit(org, end: "2026-01-01"))
                #expect(early.status == .unprocessableEntity)
                #expect(early.body.string.contains("Cycle R2 is already open from 2026-01-01: the contract must end after that"))
                let beforeEntry = try await hr.post(.editStaff(raj), edit(org, end: "2024-01-15"))
                #expect(beforeEntry.body.string.contains("The contract must end after entry on duty (2024-01-15)"))
                #expect(try await StaffMember.find(raj, on: app.db)?.contractEnd == nil)
                #expect(try await cycle(of: org, app).endDate.iso == "2028-01-01")

                // MUT: an end inside R2 cuts it.
                let cut = try await hr.post(.editStaff(raj), edit(org, end: "2026-09-30"))
                // validate
                #expect(cut.status == .seeOther)
                let profile = try await hr.get(.staffMember(raj)).body.string
                #expect(profile.contains("Raj Report updated. Cycle R2 now ends on 2026-09-30, its End of Cycle due by 2026-10-30."))
                #expect(profile.contains("Contract ends") && profile.contains("30 September 2026"))
                let r2 = try await cycle(of: org, app)
                #expect([r2.endDate.iso, r2.midtermDate.iso, r2.endDue.iso] == ["2026-09-30", "2026-05-17", "2026-10-30"])
                let audit = try await AuditEvent.query(on: app.db).filter(\.$kind == .appraisalCycle).filter(\.$action == .update).all()
                #expect(audit.map(\.summary) == ["Cut cycle R2 of Raj Report (R1) at the contract end, 2026-09-30 (was to end on 2028-01-01)"])
                let api = try await hr.get("/api/v1/staff?limit=100").body.string
                #expect(api.contains(#""contractEnd":"2026-09-30""#) || api.contains(#""contractEnd" : "2026-09-30""#))

                // An end that would cut before a cycle opened is refused by the import too, by line.
                try await hr.get(.importStaff)
                let header = StaffImportRouteTests.header.replacingOccurrences(of: "\n", with: ",contract_end\n")
                let row = "R1,Raj Report,raj.report@example.org,P3,Officer,POL,M1,2024-01-15,regular,"
                let refused = try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: header + row + "2025-12-31\n")
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("Line 2, contract_end: Cycle R2 is already open from 2026-01-01: the contract must end after that"))
                #expect(try await StaffMember.find(raj, on: app.db)?.contractEnd?.iso == "2026-09-30")

                // MUT: the contract extended by import; R2 runs on to the new end.
                let extended = try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: header + row + "2027-06-30\n")
                // validate
                #expect(extended.status == .seeOther)
                let staffPage = try await hr.get(.staff).body.string
                #expect(staffPage.contains("Raj Report: Cycle R2 runs to 2027-06-30 again, its End of Cycle due by 2027-07-30."))
                #expect(try await cycle(of: org, app).endDate.iso == "2027-06-30")

                // Nothing opens from the end on.
                let after = try await hr.openCycles(asOf: "2027-07-01").body.string
                #expect(after.contains("the contract ends on 2027-06-30"))
                #expect(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == raj).count() == 1)
            }
        }
    }
}
