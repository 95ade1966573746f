import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct StaffImportRouteTests {
        static let header = "staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type\n"

        @Test func aFileWithAnyBadRowImportsNothingAndListsEveryProblem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.importStaff)
                let csv = Self.header + """
                    N1,Nia New,nia@example.org,G5,Clerk,FO,O1,2026-01-05,regular
                    N2,Ned New,ned@example.org,G5,Clerk,NOPE,,2026-01-05,regular
                    N3,Nat New,nat@example.org,G5,Clerk,FO,N4,2026-01-05,sometimes
                    """
                let response = try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: csv)
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                #expect(page.contains("Line 3, unit: no unit has the code NOPE"))
                #expect(page.contains("Line 4, contract_type: “sometimes” is not a contract type: use regular, probation or technical_cooperation"))
                #expect(page.contains("Line 4, supervisor: no staff member has the staff ID or email N4"))
                #expect(try await StaffMember.query(on: app.db).count() == 7)
                let latin1 = Self.header + "N9,Jos\u{E9},jose@example.org,G5,Clerk,FO,,2026-01-05,regular\n"
                let notUTF8 = try await hr.uploadBytes(.importStaff, field: "file", filename: "staff.csv",
                                                       content: Array(latin1.data(using: .isoLatin1)!))
                #expect(notUTF8.status == .unprocessableEntity)
                #expect(notUTF8.body.string.contains("saved as UTF-8"))
                let empty = try await hr.upload(.importStaff, field: "file", filename: "empty.csv", content: "")
                #expect(empty.status == .unprocessableEntity)
                #expect(empty.body.string.contains("Select a CSV file to import"))
            }
        }

        @Test func importsAndReImportsWithoutDuplicating() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.importStaff)
                let csv = Self.header + """
                    N1,Nia New,nia@example.org,G5,Clerk,FO,N2,2026-01-05,regular
                    N2,Ned New,ned@example.org,P3,Lead Clerk,fo,O1,2025-01-05,technical_cooperation
                    """
                let first = try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: csv)
                #expect(first.status == .seeOther)
                #expect(try await hr.get(first.location!).body.string.contains("Imported 2 new, updated 0 and left 0 unchanged staff records."))
                let nia = try #require(try await StaffMember.query(on: app.db).filter(\.$staffNumber == "N1").with(\.$supervisor).first())
                #expect(nia.supervisor?.staffNumber == "N2")
                #expect(nia.$unit.id == org.field.id)

                let changed = csv.replacingOccurrences(of: "Nia New,nia@example.org,G5,Clerk", with: "Nia Newton,nia@example.org,G6,Senior Clerk")
                let second = try await hr.upload(.importStaff, field: "file", filename: "staff.csv", content: changed)
                #expect(second.status == .seeOther)
                #expect(try await hr.get(second.location!).body.string.contains("Imported 0 new, updated 1 and left 1 unchanged staff records."))
                #expect(try await StaffMember.query(on: app.db).count() == 9)
                #expect(try await StaffMember.query(on: app.db).filter(\.$staffNumber == "N1").first()?.name == "Nia Newton")
                let trail = try await AuditEvent.query(on: app.db).filter(\.$entityID == nia.id).sort(\.$summary).all().map(\.summary)
                #expect(trail == ["Import line 2 created Nia New (N1)",
                                  "Import line 2 updated Nia Newton: Name: Nia New → Nia Newton; Grade: G5 → G6; Job title: Clerk → Senior Clerk"])
            }
        }

        @Test func supervisorsListedAfterTheirReportsAreWrittenFirst() async throws {
            try await withStrideApp { app, _ in
                _ = try await Org.seed(app)
                // Each person is supervised by the row 150 lines further down: every supervisor
                // comes later in the file, in a later insert batch, which the foreign key would
                // refuse in file order.
                let count = 450
                var csv = Self.header
                for i in 0..<count {
                    let supervisor = i + 150 < count ? String(format: "C%04d", i + 150) : ""
                    csv += String(format: "C%04d,Chain %d,chain%d@example.org,G4,Clerk,FO,%@,2025-01-01,regular\n", i, i, i, supervisor)
                }
                let outcome = try await StaffImporter.run(csv: csv, in: app.serviceContext())
                guard case .imported(let created, _, _, _) = outcome else { Issue.record("\(outcome)"); return }
                #expect(created == count)
                let first = try #require(try await StaffMember.query(on: app.db).filter(\.$staffNumber == "C0000").first())
                let chain = try await OrganisationQueries.supervisorChain(of: first.id!, on: app.db)
                #expect(chain.count == 2)
                // The stored paths agree with the supervisor links for everyone imported.
                for member in try await StaffMember.query(on: app.db).all() {
                    let walked = try await OrganisationQueries.supervisorChain(of: member.id!, on: app.db)
                    #expect(member.treePath.ancestors == walked, "\(member.staffNumber)")
                }
            }
        }

        @Test func onlyHRImports() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let manager = try await Browser.signedIn(app, as: org.manager)
                try await manager.get(.home)
                let response = try await manager.upload(.importStaff, field: "file", filename: "s.csv",
                                                        content: Self.header + "N1,Nia,nia@example.org,G5,Clerk,FO,,2026-01-05,regular\n")
                #expect(response.status == .forbidden)
                #expect(try await StaffMember.query(on: app.db).count() == 7)
            }
        }
    }
}
