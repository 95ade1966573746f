import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct ConcurrentEditTests {
        static func staffForm(_ staff: StaffMember, version: Int, unit: UUID?, supervisor: String?,
                              jobTitle: String? = nil, grade: String? = nil) -> [String: String] {
            [
                "name": staff.name, "email": staff.email, "staffNumber": staff.staffNumber, "grade": grade ?? staff.grade,
                "jobTitle": jobTitle ?? staff.jobTitle, "entryOnDuty": staff.entryOnDuty.iso,
                "contractType": staff.contractType.rawValue, "status": staff.status.rawValue,
                "unit": unit?.uuidString ?? "", "supervisor": supervisor ?? "", "version": String(version),
            ]
        }

        /// Twenty saves of one form at once, half changing the job title and half the grade:
        /// one wins, every other one is told the record changed, and no saved change is lost.
        @Test func parallelSavesFromOneFormNeverLoseAChange() async throws {
            try await withStrideApp { app, _ in
                // setup
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.junior.id!))
                let junior = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
                // MUT
                let statuses = try await withThrowingTaskGroup(of: (Int, HTTPStatus).self) { group in
                    for index in 0..<20 {
                        let tab = hr.tab()
                        let form = Self.staffForm(junior, version: junior.recordVersion, unit: org.policy.id, supervisor: "R1",
                                                  jobTitle: index.isMultiple(of: 2) ? "Analyst \(index)" : nil,
                                                  grade: index.isMultiple(of: 2) ? nil : "P\(index % 5 + 1)")
                        group.addTask { (index, try await tab.post(.editStaff(org.junior.id!), form).status) }
                    }
                    return try await group.reduce(into: [Int: HTTPStatus]()) { $0[$1.0] = $1.1 }
                }
                // validate
                let winners = statuses.filter { $0.value == .seeOther }.map(\.key)
                #expect(winners.count == 1, "\(statuses)")
                #expect(statuses.values.filter { $0 == .conflict }.count == 19)
                let saved = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
                #expect(saved.recordVersion == junior.recordVersion + 1)
                if let winner = winners.first {
                    if winner.isMultiple(of: 2) {
                        #expect(saved.jobTitle == "Analyst \(winner)")
                    } else {
                        #expect(saved.grade == "P\(winner % 5 + 1)")
                    }
                }
            }
        }

        /// A stale form is answered 409 with what changed since, keeping what was typed.
        @Test func aStaleFormShowsWhatChangedAndKeepsWhatWasTyped() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.junior.id!))
                let junior = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
                let first = try await hr.post(.editStaff(org.junior.id!),
                                              Self.staffForm(junior, version: 1, unit: org.policy.id, supervisor: "R1", grade: "P4"))
                #expect(first.status == .seeOther)
                try await hr.get(.editStaff(org.junior.id!))
                // MUT: the second tab still has version 1
                let stale = try await hr.post(.editStaff(org.junior.id!),
                                              Self.staffForm(junior, version: 1, unit: org.policy.id, supervisor: "R1", jobTitle: "Lead analyst"))
                // validate
                #expect(stale.status == .conflict)
                let page = stale.body.string
                #expect(page.contains("Someone else saved this record while you were editing it; its grade is now “P4”"))
                #expect(page.contains("Someone else saved this record while you were editing it; its job title is now “Officer”"))
                #expect(page.contains("value=\"Lead analyst\""))                 // what was typed is kept
                #expect(page.contains("name=\"version\" value=\"2\""))           // saving again is deliberate
                let saved = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
                #expect(saved.grade == "P4")
                #expect(saved.jobTitle == "Officer")
            }
        }

        /// "A reports to B" and "B reports to A" saved at the same moment: never both, so no loop.
        @Test func twoEditsCannotCloseASupervisionLoopTogether() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.other.id!))
                let other = try #require(try await StaffMember.find(org.other.id!, on: app.db))
                let peer = try #require(try await StaffMember.find(org.peer.id!, on: app.db))
                for _ in 0..<5 {
                    let a = hr.tab(), b = hr.tab()
                    let otherVersion = try #require(try await StaffMember.find(org.other.id!, on: app.db)).recordVersion
                    let peerVersion = try #require(try await StaffMember.find(org.peer.id!, on: app.db)).recordVersion
                    async let first = a.post(.editStaff(org.other.id!),
                                             Self.staffForm(other, version: otherVersion, unit: org.field.id, supervisor: "P1"))
                    async let second = b.post(.editStaff(org.peer.id!),
                                              Self.staffForm(peer, version: peerVersion, unit: org.policy.id, supervisor: "O1"))
                    let statuses = [try await first.status, try await second.status]
                    #expect(statuses.filter { $0 == .seeOther }.count <= 1, "\(statuses)")
                    let o = try #require(try await StaffMember.find(org.other.id!, on: app.db))
                    let p = try #require(try await StaffMember.find(org.peer.id!, on: app.db))
                    #expect(!(o.$supervisor.id == org.peer.id && p.$supervisor.id == org.other.id), "a supervision loop was saved")
                    // Undo whichever won, for the next round.
                    for person in [o, p] where person.$supervisor.id != nil {
                        person.place(under: nil)
                        person.recordVersion += 1
                        try await person.save(on: app.db)
                    }
                }
            }
        }

        /// Units and workgroups are versioned the same way.
        @Test func staleUnitAndWorkgroupFormsAreRefused() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editUnit(org.field.id!))
                let form = ["name": "Field Office", "code": "FO", "parent": "", "chief": "", "version": "1"]
                #expect(try await hr.post(.editUnit(org.field.id!), form.merging(["name": "Field Ops"]) { $1 }).status == .seeOther)
                let stale = try await hr.post(.editUnit(org.field.id!), form.merging(["code": "FLD"]) { $1 })
                #expect(stale.status == .conflict)
                #expect(stale.body.string.contains("its name is now “Field Ops”"))
                #expect(try await OrganisationalUnit.find(org.field.id!, on: app.db)?.code == "FO")

                let group = Workgroup(details: WorkgroupDetails(name: "Team", kind: .permanentTeam, purpose: "Work", endDate: nil),
                                      leadID: org.manager.id!)
                try await group.create(on: app.db)
                let groupForm = ["name": "Team", "kind": "permanent_team", "purpose": "Work", "lead": "M1", "endDate": "", "version": "1"]
                #expect(try await hr.post(.editWorkgroup(group.id!), groupForm.merging(["purpose": "New work"]) { $1 }).status == .seeOther)
                let staleGroup = try await hr.post(.editWorkgroup(group.id!), groupForm.merging(["name": "Other team"]) { $1 })
                #expect(staleGroup.status == .conflict)
                #expect(try await Workgroup.find(group.id!, on: app.db)?.name == "Team")
            }
        }

        /// A framework import confirmed after another import of the same framework has landed is
        /// refused: its report no longer says what it would do.
        @Test func aConfirmAfterAnotherImportIsRefused() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.importFramework)
                let json = try FrameworkJSON.encodeString(DemoFramework.make(importedAt: testNow))
                let upload = try await hr.upload(.importFramework, field: "file", filename: "demo.json", content: json)
                let review = try await hr.get(upload.location!)
                #expect(review.body.string.contains("name=\"version\" value=\"0\""))
                // Meanwhile the same framework arrives through the API.
                #expect(try await hr.postBody("/api/v1/frameworks", json, contentType: "application/json").status == .created)
                let confirmed = try await hr.post(upload.location!, ["version": "0"])
                #expect(confirmed.status == .conflict)
                #expect(try await FrameworkRecord.query(on: app.db).first()?.recordVersion == 1)
            }
        }
    }
}
