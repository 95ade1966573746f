import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// A workgroup's skills matrix against what its work needs, a unit's, and work allocated to
    /// the members by capability.
    @Suite struct WorkgroupSkillsTests {
        /// Raj leads Ledger with Pat and Olu. Pat holds skill `a` at its top level, Olu one level
        /// below; nobody holds `b`.
        struct Setup {
            let org: Org
            let group: Workgroup
            let a: SkillRef
            let b: SkillRef
            var top: Int { a.definedLevels.last! }
            var below: Int { a.definedLevels[a.definedLevels.count - 2] }
            var base: String { "/api/v1/workgroups/\(group.id!.uuidString.lowercased())" }
        }

        static func setUp(_ app: Application) async throws -> Setup {
            let org = try await Org.seed(app)
            _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
            let skills = try await SkillRefs.all(on: app.db).map(\.ref).filter { $0.definedLevels.count >= 2 }
            let a = try #require(skills.first), b = try #require(skills.last)
            let group = Workgroup(details: WorkgroupDetails(name: "Ledger", kind: .permanentTeam, purpose: "Close the books",
                                                            endDate: nil), leadID: org.report.id!)
            try await group.create(on: app.db)
            for (person, role) in [(org.report, "Lead"), (org.peer, "Member"), (org.other, "Member")] {
                try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: person.id!, role: role).create(on: app.db)
            }
            let setup = Setup(org: org, group: group, a: a, b: b)
            for (person, level) in [(org.peer, setup.top), (org.other, setup.below)] {
                let row = SkillAssessmentRecord()
                (row.id, row.proposedAt, row.level, row.evidence, row.indicatorsJSON) = (UUID(), testNow, level, "Evidence", "[]")
                (row.status, row.decidedLevel, row.decidedAt) = (.confirmed, level, testNow)
                row.$staffMember.id = person.id!
                row.$skill.id = a.id
                try await row.create(on: app.db)
            }
            return setup
        }

        @Test func theLeadListsWhatTheWorkNeedsAndTheMatrixShowsWhoHoldsItAndWhatNobodyCovers() async throws {
            try await withStrideApp { app, _ in
                let s = try await Self.setUp(app)
                let id = s.group.id!
                let lead = try await Browser.signedIn(app, as: s.org.report), member = try await Browser.signedIn(app, as: s.org.peer)
                let hr = try await Browser.signedIn(app, as: s.org.hr)
                func need(_ row: Int, _ skill: SkillRef, _ level: String, _ importance: String) -> [String: String] {
                    [RepeatedGroup.fieldID("requirement", row, "skill"): skill.id.uuidString.lowercased(),
                     RepeatedGroup.fieldID("requirement", row, "level"): level,
                     RepeatedGroup.fieldID("requirement", row, "importance"): importance]
                }

                // A level the skill is not described at is refused, naming the row's field.
                let bad = try await lead.post(.workgroupNeeds(id), need(1, s.a, "0", "essential").merging(["requirement-count": "1"]) { a, _ in a })
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains(##"href="#requirement-1-level""##) && bad.body.string.contains("Level 0 is not on"))
                #expect(try await member.post(.workgroupNeeds(id), need(1, s.a, String(s.top), "essential")).status == .forbidden)
                // MUT
                let saved = try await lead.post(.workgroupNeeds(id), need(1, s.a, String(s.top), "essential")
                    .merging(need(2, s.b, String(s.b.definedLevels[0]), "desirable")) { a, _ in a }.merging(["requirement-count": "2"]) { a, _ in a })
                // validate
                #expect(saved.status == .seeOther)
                #expect(try await SkillRequirementTable.workgroupNeeds.read(id, on: app.db).map(\.skill) == [s.a, s.b])
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .workgroup).count() == 1)

                // Raj leads Pat and Olu but may not open their records: he sees what the team covers, not their levels.
                let page = try await lead.get(.workgroupSkills(id)).body.string
                #expect(page.contains("Pat Peer") && page.contains("Olu Other") && page.contains(">Not covered<"))
                #expect(page.contains("\(s.b.name) (level \(s.b.definedLevels[0]))") && page.contains("level not shared with you"))
                #expect(!page.contains("below the \(s.top) needed"))
                #expect(try await member.get(.workgroupSkills(id)).status == .forbidden)
                #expect(try await hr.get(.workgroupSkills(id)).body.string.contains("below the \(s.top) needed"))
                let csv = try await hr.get(.workgroupSkillsExport(id))
                #expect(csv.headers.contentType?.subType == "csv")
                #expect(csv.body.string.contains("\(s.a.name) (\(s.a.frameworkName), needs \(s.top))"))
                #expect(csv.body.string.contains("Pat Peer,\(s.top),\r\n"))
                #expect(try await lead.get(.workgroupSkillsExport(id)).body.string.contains("Pat Peer,not shared,not shared\r\n"))

                // The API agrees with the assessments, and withholds levels alike.
                let json = try await hr.get("\(s.base)/skills-matrix").body.string.replacingOccurrences(of: " : ", with: ":")
                #expect(json.contains(#""uncovered":["#) && json.contains(#""covered":false"#))
                #expect(json.contains(#""bestLevel":\#(s.top)"#) && json.contains(#""bestLevel":null"#))
                #expect(json.contains(#""level":\#(s.below)"#) && json.contains(#""holders":1"#))
                let withheld = try await lead.get("\(s.base)/skills-matrix").body.string.replacingOccurrences(of: " : ", with: ":")
                #expect(withheld.contains(#""levelsShared":false"#) && !withheld.contains(#""level":\#(s.below)"#))
                #expect(try await member.get("\(s.base)/skills-matrix").status == .forbidden)

                // Someone who has left no longer counts; the needs can be cleared.
                let olu = try #require(try await StaffMember.find(s.org.other.id!, on: app.db))
                olu.status = .separated
                try await olu.save(on: app.db)
                #expect(!(try await hr.get(.workgroupSkills(id)).body.string.contains("Olu Other")))
                #expect(try await lead.post(.workgroupNeeds(id), ["requirement-count": "1"]).status == .seeOther)
                #expect(try await SkillRequirementTable.workgroupNeeds.read(id, on: app.db).isEmpty)
            }
        }

        @Test func aUnitsMatrixMeasuresItsStaffAgainstTheRolesTheyHold() async throws {
            try await withStrideApp { app, _ in
                let s = try await Self.setUp(app)
                let role = try await RoleProfileService.save(RoleProfileInput(name: "Accountant", requirements: [
                    .init(skill: s.a.id.uuidString, level: String(s.top)),
                ]), existing: nil, version: nil, in: app.serviceContext()).get()
                let raj = try #require(try await StaffMember.find(s.org.report.id!, on: app.db))
                raj.$roleProfile.id = role.id
                try await raj.save(on: app.db)
                let chief = try await Browser.signedIn(app, as: s.org.chief), manager = try await Browser.signedIn(app, as: s.org.manager)
                let page = try await chief.get(.unitSkills(s.org.policy.id!)).body.string
                // Policy Unit's staff; Olu is in the Field Office.
                #expect(page.contains("Pat Peer") && page.contains("Raj Report") && !page.contains("Olu Other"))
                #expect(page.contains("Needs \(s.top), essential") && !page.contains(">Not covered<"))
                #expect(try await manager.get(.unitSkills(s.org.policy.id!)).status == .forbidden)
                #expect(try await manager.get(.unitSkillsExport(s.org.policy.id!)).status == .forbidden)
                #expect(try await chief.get(.unitSkillsExport(s.org.policy.id!)).body.string.contains("Pat Peer,\(s.top)"))
            }
        }

        @Test func theLeadRanksTheMembersAssignsTheTaskAndTheAssigneeMovesItAlong() async throws {
            try await withStrideApp { app, _ in
                let s = try await Self.setUp(app)
                let id = s.group.id!
                let lead = try await Browser.signedIn(app, as: s.org.report), pat = try await Browser.signedIn(app, as: s.org.peer)
                let olu = try await Browser.signedIn(app, as: s.org.other), hr = try await Browser.signedIn(app, as: s.org.hr)
                var form = ["title": "Reconcile the ledger", "dueOn": "2026-03-20", "requirement-count": "1",
                            "requirement-1-skill": s.a.id.uuidString.lowercased(), "requirement-1-level": String(s.top), "intent": "rank"]

                #expect(try await pat.post(.newWorkTask(id), form).status == .forbidden)
                let ranked = try await lead.post(.newWorkTask(id), form)
                #expect(ranked.status == .ok)
                let page = ranked.body.string
                let first = try #require(page.range(of: "1. Pat Peer")), second = try #require(page.range(of: "2. Olu Other"))
                #expect(first.lowerBound < second.lowerBound && page.contains("Ranked on levels not shared with you; no open tasks."))
                let asHR = try await hr.post(.newWorkTask(id), form).body.string
                #expect(asHR.contains("Meets every requirement; no open tasks."))
                #expect(asHR.contains("Short by 1 level: \(s.a.name) (holds \(s.below), needs \(s.top))"))
                form["intent"] = "save"
                let unchosen = try await lead.post(.newWorkTask(id), form)
                #expect(unchosen.status == .unprocessableEntity && unchosen.body.string.contains("Choose who does the task"))
                #expect(try await WorkTask.query(on: app.db).count() == 0)
                // MUT
                form["assignee"] = s.org.peer.id!.uuidString.lowercased()
                #expect(try await lead.post(.newWorkTask(id), form).status == .seeOther)
                // validate
                let task = try #require(try await WorkTask.query(on: app.db).first())
                #expect(task.status == .open && task.$assignee.id == s.org.peer.id)
                #expect(try await SkillRequirementTable.tasks.read(task.id!, on: app.db).map(\.level) == [s.top])
                #expect(try await lead.get(.workgroup(id)).body.string.contains("Reconcile the ledger"))
                #expect(try await pat.get(.home).body.string.contains("My tasks"))
                #expect(!(try await olu.get(.home).body.string.contains("My tasks")))

                // Only the assignee, the lead and HR move it; a done task only goes back to in progress.
                #expect(try await olu.post(.workTaskStatus(task.id!), ["status": "done"]).status == .forbidden)
                #expect(try await pat.post(.workTaskStatus(task.id!), ["status": "done"]).status == .seeOther)
                let refused = try await pat.post(.workTaskStatus(task.id!), ["status": "cancelled"])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("it can become in progress"))
                #expect(try await WorkTask.find(task.id!, on: app.db)?.status == .done)

                // The API ranks alike: Pat, with the task now done, then Olu.
                let body = #"{"requirements": [{"skillId": "\#(s.a.id)", "level": \#(s.top)}]}"#
                let api = try await hr.postBody("\(s.base)/allocation", body, contentType: "application/json").body.string
                    .replacingOccurrences(of: " : ", with: ":")
                let withheld = try await lead.postBody("\(s.base)/allocation", body, contentType: "application/json").body.string
                    .replacingOccurrences(of: " : ", with: ":")
                #expect(withheld.contains(#""levelsShared":false"#) && withheld.contains(#""totalShortfall":null"#))
                let patAt = try #require(api.range(of: s.org.peer.id!.uuidString.lowercased()))
                let oluAt = try #require(api.range(of: s.org.other.id!.uuidString.lowercased()))
                #expect(patAt.lowerBound < oluAt.lowerBound && api.contains(#""heldLevel":\#(s.below)"#))
                let badLevel = try await lead.postBody("\(s.base)/allocation", #"{"requirements": [{"skillId": "\#(s.a.id)", "level": 0}]}"#,
                                                       contentType: "application/json")
                #expect(badLevel.status == .unprocessableEntity && badLevel.body.string.contains("requirements[0].level"))
                #expect(try await olu.postBody("\(s.base)/allocation", "not json", contentType: "application/json").status == .forbidden)

                let created = try await lead.postBody("\(s.base)/tasks", #"""
                    {"title": "Close March", "dueOn": "2026-03-31", "assigneeId": "\#(s.org.other.id!)",
                     "requirements": [{"skillId": "\#(s.a.id)", "level": \#(s.below)}]}
                    """#, contentType: "application/json")
                #expect(created.status == .created && created.body.string.contains("Close March"))
                let pastDue = try await lead.postBody("\(s.base)/tasks", #"""
                    {"title": "Close February", "dueOn": "2026-02-27", "assigneeId": "\#(UUID())", "requirements": []}
                    """#, contentType: "application/json")
                #expect(pastDue.status == .unprocessableEntity)
                for field in ["dueOn", "requirements", "assigneeId"] { #expect(pastDue.body.string.contains(field)) }
                let newID = try #require(try await WorkTask.query(on: app.db).filter(\.$title == "Close March").first()?.id)
                let moved = try await hr.postBody("/api/v1/tasks/\(newID)/status", #"{"status": "in_progress"}"#, contentType: "application/json")
                #expect(moved.status == .ok && moved.body.string.replacingOccurrences(of: " : ", with: ":").contains(#""status":"in_progress""#))
                let listed = try await olu.get("\(s.base)/tasks").body.string
                #expect(listed.contains("Close March") && listed.contains("Reconcile the ledger"))
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .workTask).count() == 4)
            }
        }
    }
}
