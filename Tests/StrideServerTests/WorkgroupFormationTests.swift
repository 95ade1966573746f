import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Forming a workgroup from the skills its work needs, and feedback its lead gives members.
    @Suite struct WorkgroupFormationTests {
        static func confirm(_ person: StaffMember, _ skill: SkillRef, _ level: Int, _ app: Application) async throws {
            let row = SkillAssessmentRecord()
            (row.id, row.proposedAt, row.level, row.evidence, row.indicatorsJSON) = (UUID(), testNow, level, "Evidence", "[]")
            (row.status, row.decidedLevel, row.decidedAt) = (.confirmed, level, testNow)
            row.$staffMember.id = person.id!
            row.$skill.id = skill.id
            try await row.create(on: app.db)
        }

        @Test func theLeadIsOfferedPeopleWhoCoverTheNeedsAndAddsThemWithRoles() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skills = try await SkillRefs.all(on: app.db).map(\.ref).filter { $0.definedLevels.count >= 3 }
                let (a, b, c) = (skills[0], skills[1], skills[2])
                // Mona leads; the work needs a, b and c; Raj holds a, Jo holds b; only Olu (not hers to see) holds c.
                let group = Workgroup(details: WorkgroupDetails(name: "Policy squad", kind: .outcomeSquad, purpose: "Briefs", endDate: nil),
                                      leadID: org.manager.id!)
                try await group.create(on: app.db)
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.manager.id!, role: "Lead").create(on: app.db)
                let levels = { (skill: SkillRef) in String(skill.definedLevels.sorted()[1]) }
                _ = try await WorkgroupNeedsService.save([a, b, c].map { .init(skill: $0.id.uuidString, level: levels($0), importance: "essential") },
                                                          for: group, in: app.serviceContext(actor: org.manager.id)).get()
                for (person, skill) in [(org.report, a), (org.junior, b), (org.other, c)] {
                    try await Self.confirm(person, skill, skill.definedLevels.max()!, app)
                }
                let mona = try await Browser.signedIn(app, as: org.manager), raj = try await Browser.signedIn(app, as: org.report)
                #expect(try await raj.get(.workgroupFormation(group.id!)).status == .forbidden)
                let page = try await mona.get(.workgroupFormation(group.id!)).body.string
                #expect(page.contains("Jo Junior") && page.contains("Raj Report") && !page.contains("Olu Other"))
                #expect(page.contains("Nobody offered covers: \(c.name) at level \(levels(c))"))
                let jo = org.junior.id!.uuidString.lowercased(), rajID = org.report.id!.uuidString.lowercased()
                // A role left empty is named; nobody is added.
                let bad = try await mona.post(.workgroupFormation(group.id!), ["add-\(jo)": "yes", "role-\(jo)": "Analyst", "add-\(rajID)": "yes", "role-\(rajID)": " "])
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("href=\"#role-\(rajID)\""))
                #expect(try await WorkgroupMembership.query(on: app.db).filter(\.$workgroup.$id == group.id!).count() == 1)
                #expect(try await mona.post(.workgroupFormation(group.id!), ["role-\(jo)": "Analyst"]).body.string.contains("Choose at least one person to add"))
                let added = try await mona.post(.workgroupFormation(group.id!), ["add-\(jo)": "yes", "role-\(jo)": "Analyst", "add-\(rajID)": "yes", "role-\(rajID)": "Drafter"])
                #expect(added.status == .seeOther)
                let roles = try await WorkgroupMembership.query(on: app.db).filter(\.$workgroup.$id == group.id!).all().map(\.role).sorted()
                #expect(roles == ["Analyst", "Drafter", "Lead"])
                // Now the members cover a and b: only c is left, and nobody to suggest for it.
                #expect(try await mona.get(.workgroupFormation(group.id!)).body.string.contains("Nobody outside the group can be suggested"))
            }
        }

        @Test func theLeadGivesFeedbackTheMemberAndTheirManagersReadIt() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let group = try await ObjectiveRouteTests.workgroup(setup, app)   // Mona leads, Raj is a member
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: org.junior.id!, role: "Member").create(on: app.db)
                let task = WorkTask()
                (task.id, task.title, task.dueOn, task.status, task.recordVersion) = (UUID(), "Draft the brief", CalendarDate(iso: "2026-04-01")!, .open, 1)
                task.$workgroup.id = group.id!
                task.$assignee.id = org.report.id!
                try await task.create(on: app.db)
                let mona = try await Browser.signedIn(app, as: org.manager), raj = try await Browser.signedIn(app, as: org.report)
                let jo = try await Browser.signedIn(app, as: org.junior), chris = try await Browser.signedIn(app, as: org.chief)
                let hana = try await Browser.signedIn(app, as: org.hr)
                let rajID = org.report.id!.uuidString
                #expect(try await raj.post(.workgroupFeedback(group.id!), ["member": org.junior.id!.uuidString, "kind": "strength", "text": "x"]).status == .forbidden)
                let bad = try await mona.post(.workgroupFeedback(group.id!), ["member": org.manager.id!.uuidString, "kind": "praise", "text": ""])
                #expect(bad.status == .unprocessableEntity)
                for message in ["Choose a member of the workgroup", "Choose a strength or something to improve", "Write the feedback"] {
                    #expect(bad.body.string.contains(message), "\(message)")
                }
                #expect(try await mona.post(.workgroupFeedback(group.id!), ["member": rajID, "kind": "strength", "task": task.id!.uuidString,
                                                                            "text": "The brief was clear and early."]).status == .seeOther)
                #expect(try await raj.get(.workgroupFeedback(group.id!)).body.string.contains("The brief was clear and early."))
                #expect(!(try await jo.get(.workgroupFeedback(group.id!)).body.string.contains("The brief was clear")), "another member")
                #expect(try await hana.get(.workgroupFeedback(group.id!)).body.string.contains("on “Draft the brief”"))
                // On Raj's cycle timeline, for him and his managers (Mona, then Chris).
                let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.report.id!).first())
                #expect(try await raj.get(.cycleTimeline(cycle.id!)).body.string.contains("Feedback in workgroups"))
                #expect(try await chris.get(.cycleTimeline(cycle.id!)).body.string.contains("The brief was clear and early."))
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .workgroupFeedback).count() == 1)
            }
        }
    }
}
