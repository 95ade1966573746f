import Fluent
import SQLKit
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The pages read as light SQL rows (home, profile, directory, units): what they show, and
    /// the per-unit counts the database keeps for them.
    @Suite struct PageReadTests {
        @Test func homeShowsManagerReportsByNameAndWorkgroups() async throws {
            try await withStrideApp { app, _ in
                // setup: Pat Peer also reports to Mona; Jo Junior moves under Mona and is separated
                let org = try await Org.seed(app)
                org.peer.place(under: org.manager)
                try await org.peer.save(on: app.db)
                org.junior.place(under: org.manager)
                org.junior.status = .separated
                try await org.junior.save(on: app.db)
                let group = Workgroup(details: WorkgroupDetails(name: "Data Squad", kind: .outcomeSquad, purpose: "Data", endDate: nil),
                                      leadID: org.chief.id!)
                try await group.create(on: app.db)
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.chief.id!, role: "Lead").create(on: app.db)
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.manager.id!, role: "Analyst").create(on: app.db)
                let manager = try await Browser.signedIn(app, as: org.manager)
                // MUT
                let page = try await manager.get(.home).body.string
                // validate
                #expect(page.contains("Chris Chief"))
                #expect(page.contains("Officer, Head Office"))
                let peer = try #require(page.range(of: "Pat Peer"))
                let report = try #require(page.range(of: "Raj Report"))
                #expect(peer.lowerBound < report.lowerBound, "reports are listed by name")
                #expect(!page.contains("Jo Junior"), "separated people are not listed as reports")
                #expect(page.contains("Data Squad (Analyst)"))
                #expect(page.contains("led by Chris Chief"))
                #expect(page.contains(StridePath.unit(org.policy.id!).href))
            }
        }

        @Test func profileLinksTheSupervisorOnlyWhereTheViewerMayOpenThem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let report = try await Browser.signedIn(app, as: org.report)
                let hr = try await Browser.signedIn(app, as: org.hr)
                // MUT
                let own = try await report.get(.staffMember(org.report.id!)).body.string
                let asHR = try await hr.get(.staffMember(org.report.id!)).body.string
                // validate: Raj may not open Mona's record; HR may. Both see Jo Junior, Raj's report.
                #expect(own.contains("Mona Manager"))
                #expect(!own.contains(StridePath.staffMember(org.manager.id!).href))
                #expect(asHR.contains(StridePath.staffMember(org.manager.id!).href))
                #expect(own.contains(StridePath.staffMember(org.junior.id!).href))
                #expect(try await report.get(.staffMember(UUID())).status == .notFound)
                #expect(try await report.get(.staffMember(org.other.id!)).status == .forbidden)
            }
        }

        /// The counts per unit follow every way staff are written: the HR form (a move and a
        /// separation), an import, and the demo; they always equal a count of the rows.
        @Test func unitCountsFollowMovesSeparationsAndImports() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                try await expectCountsMatchRows(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                // A move from POL to FO.
                try await hr.get(.editStaff(org.peer.id!))
                let peer = try #require(try await StaffMember.find(org.peer.id!, on: app.db))
                var form = ConcurrentEditTests.staffForm(peer, version: peer.recordVersion, unit: org.field.id, supervisor: nil)
                #expect(try await hr.post(.editStaff(org.peer.id!), form).status == .seeOther)
                try await expectCountsMatchRows(app)
                // A separation.
                try await hr.get(.editStaff(org.peer.id!))
                form["status"] = EmploymentStatus.separated.rawValue
                form["version"] = String(peer.recordVersion + 1)
                #expect(try await hr.post(.editStaff(org.peer.id!), form).status == .seeOther)
                try await expectCountsMatchRows(app)
                let tree = try await hr.get(.units).body.string
                #expect(tree.contains("Policy Unit"))
                #expect(tree.contains("3 staff"), "POL keeps Mona, Raj and Jo")
                // An import of new people.
                let csv = "staff_id,name,email,grade,job_title,unit,supervisor,entry_on_duty,contract_type\n"
                    + "N1,Nia New,nia@example.org,G5,Clerk,FO,,2026-01-05,regular\n"
                    + "N2,Noor New,noor@example.org,G5,Clerk,POL,M1,2026-01-05,probation\n"
                try await hr.get(.importStaff)
                let imported = try await hr.upload(.importStaff, field: "file", filename: "s.csv", content: csv)
                #expect(imported.status == .seeOther)
                try await expectCountsMatchRows(app)
                let unit = try await hr.get(.unit(org.policy.id!)).body.string
                #expect(unit.contains("Staff in Policy Unit (4)"))
                // Two removed in one statement (PostgreSQL counts them once per statement).
                try await app.db.sql().raw("DELETE FROM staff_members WHERE staff_number IN ('N1', 'N2')").run()
                try await expectCountsMatchRows(app)
            }
        }

        private struct UnitCount: Decodable, Equatable {
            let unit_id: UUID
            let n: Int
        }

        private func expectCountsMatchRows(_ app: Application, sourceLocation: SourceLocation = #_sourceLocation) async throws {
            let sql = try app.db.sql()
            let kept = try await sql.raw("SELECT unit_id, n FROM unit_staff_counts WHERE n <> 0 ORDER BY unit_id")
                .all(decoding: UnitCount.self)
            let counted = try await sql.raw("""
                SELECT unit_id, COUNT(*) AS n FROM staff_members WHERE status = 'active' AND unit_id IS NOT NULL
                GROUP BY unit_id ORDER BY unit_id
                """).all(decoding: UnitCount.self)
            #expect(kept == counted, sourceLocation: sourceLocation)
            struct StatusCount: Decodable, Equatable { let status: String; let n: Int }
            let keptByStatus = try await sql.raw("SELECT status, n FROM staff_counts WHERE n <> 0 ORDER BY status").all(decoding: StatusCount.self)
            let countedByStatus = try await sql.raw("SELECT status, COUNT(*) AS n FROM staff_members GROUP BY status ORDER BY status")
                .all(decoding: StatusCount.self)
            #expect(keptByStatus == countedByStatus, sourceLocation: sourceLocation)
        }
    }
}
