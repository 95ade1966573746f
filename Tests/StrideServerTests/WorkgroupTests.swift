import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct WorkgroupTests {
        @Test func hrFormsAWorkgroupAndManagesItsMembers() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.newWorkgroup)
                let bad = try await hr.post(.newWorkgroup, ["name": "", "kind": "", "purpose": "", "lead": "nobody"])
                #expect(bad.status == .unprocessableEntity)
                for message in ["Enter the workgroup&#39;s name", "Select the kind of workgroup", "Enter the workgroup&#39;s purpose",
                                "No staff member has the staff ID or email nobody"] {
                    #expect(bad.body.string.contains(message) || bad.body.string.contains(message.replacingOccurrences(of: "&#39;", with: "'")), "\(message)")
                }
                let formed = try await hr.post(.newWorkgroup, ["name": "Data Squad", "kind": "outcome_squad",
                                                                  "purpose": "Clean the staff data", "lead": "M1", "endDate": "2026-12-31"])
                #expect(formed.status == .seeOther)
                let group = try #require(try await Workgroup.query(on: app.db).filter(\.$name == "Data Squad").first())
                #expect(group.endDate?.iso == "2026-12-31")
                // The lead is a member with the Lead role.
                let lead = try await WorkgroupMembership.query(on: app.db).filter(\.$workgroup.$id == group.id!).all()
                #expect(lead.map(\.role) == ["Lead"])

                let add = try await hr.post(.workgroupMembers(group.id!), ["member": org.other.email, "role": "Analyst"])
                #expect(add.status == .seeOther)
                let again = try await hr.post(.workgroupMembers(group.id!), ["member": "O1", "role": "Analyst"])
                #expect(again.status == .unprocessableEntity)
                #expect(again.body.string.contains("Olu Other is already a member of this workgroup"))
                let page = try await hr.get(.workgroup(group.id!))
                #expect(page.body.string.contains("Olu Other"))
                #expect(page.body.string.contains("Analyst"))

                // A person can belong to several workgroups; their profile lists them.
                let second = try await hr.post(.newWorkgroup, ["name": "Reading Circle", "kind": "permanent_team",
                                                                  "purpose": "Share what we learn", "lead": "O1"])
                #expect(second.status == .seeOther)
                let profile = try await hr.get(.staffMember(org.other.id!))
                #expect(profile.body.string.contains("Data Squad (Analyst)"))
                #expect(profile.body.string.contains("Reading Circle (Lead)"))

                #expect(try await hr.post(.removeWorkgroupMember(workgroup: group.id!, staff: org.manager.id!)).status == .conflict)
                // A new lead: the old one stays on as a member.
                try await hr.get(.editWorkgroup(group.id!))
                let relead = try await hr.post(.editWorkgroup(group.id!), ["name": "Data Squad", "kind": "outcome_squad",
                                                                                "purpose": "Clean the staff data", "lead": "R1"])
                #expect(relead.status == .seeOther)
                let roles = try await WorkgroupMembership.query(on: app.db).filter(\.$workgroup.$id == group.id!).with(\.$staffMember).all()
                    .map { "\($0.staffMember.staffNumber):\($0.role)" }.sorted()
                #expect(roles == ["M1:Member", "O1:Analyst", "R1:Lead"])
                try await hr.post(.removeWorkgroupMember(workgroup: group.id!, staff: org.manager.id!))
                #expect(try await hr.post(.removeWorkgroupMember(workgroup: group.id!, staff: org.other.id!)).status == .seeOther)
                #expect(try await WorkgroupMembership.query(on: app.db).filter(\.$workgroup.$id == group.id!).count() == 1)
                let actions = try await AuditEvent.query(on: app.db).filter(\.$kind == .workgroup).all().map(\.action.rawValue)
                #expect(actions.sorted() == ["add_member", "create", "create", "remove_member", "remove_member", "update"])
            }
        }

        @Test func staffSeeWorkgroupsButCannotChangeThem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let group = Workgroup(details: WorkgroupDetails(name: "Team", kind: .permanentTeam, purpose: "Work", endDate: nil),
                                      leadID: org.manager.id!)
                try await group.create(on: app.db)
                let report = try await Browser.signedIn(app, as: org.report)
                #expect(try await report.get(.workgroups).body.string.contains("Team"))
                let page = try await report.get(.workgroup(group.id!))
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("Add a member"))
                #expect(try await report.post(.workgroupMembers(group.id!), ["member": "R1", "role": "x"]).status == .forbidden)
                #expect(try await report.post(.editWorkgroup(group.id!), ["name": "Mine"]).status == .forbidden)
                #expect(try await WorkgroupMembership.query(on: app.db).count() == 0)
            }
        }

        /// A workgroup's lead adds and removes its members (after a confirmation page) but
        /// cannot change the workgroup itself; nobody removes the lead.
        @Test func theLeadManagesTheMembers() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let group = Workgroup(details: WorkgroupDetails(name: "Team", kind: .permanentTeam, purpose: "Work", endDate: nil),
                                      leadID: org.manager.id!)
                try await group.create(on: app.db)
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.manager.id!, role: "Lead").create(on: app.db)
                let lead = try await Browser.signedIn(app, as: org.manager)
                let page = try await lead.get(.workgroup(group.id!))
                #expect(page.body.string.contains("Add a member"))
                #expect(!page.body.string.contains("Edit workgroup"))
                #expect(try await lead.post(.workgroupMembers(group.id!), ["member": "O1", "role": "Analyst"]).status == .seeOther)
                // Removing asks first, on its own page, and then removes.
                let confirm = try await lead.get(.removeWorkgroupMember(workgroup: group.id!, staff: org.other.id!))
                #expect(confirm.status == .ok)
                #expect(confirm.body.string.contains("Remove Olu Other from Team?"))
                #expect(try await WorkgroupMembership.query(on: app.db).count() == 2)
                #expect(try await lead.post(.removeWorkgroupMember(workgroup: group.id!, staff: org.other.id!)).status == .seeOther)
                #expect(try await WorkgroupMembership.query(on: app.db).count() == 1)
                #expect(try await lead.get(.removeWorkgroupMember(workgroup: group.id!, staff: org.manager.id!)).status == .conflict)
                #expect(try await lead.post(.editWorkgroup(group.id!), ["name": "Mine"]).status == .forbidden)
                // Another member is not the lead.
                let member = try await Browser.signedIn(app, as: org.junior)
                #expect(try await member.post(.workgroupMembers(group.id!), ["member": "P1", "role": "x"]).status == .forbidden)
            }
        }
    }
}
