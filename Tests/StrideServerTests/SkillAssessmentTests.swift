import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// A person proposes their level in a skill; their manager confirms it or sets another; the
    /// gaps against their role follow the decisions.
    @Suite struct SkillAssessmentTests {
        @Test func aProposalIsDecidedByTheManagerAndTheGapsFollow() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skills = try await SkillRefs.all(on: app.db).map(\.ref).filter { $0.definedLevels.count >= 2 }
                let skill = try #require(skills.first), other = try #require(skills.last)
                let top = skill.definedLevels.last!, below = skill.definedLevels[skill.definedLevels.count - 2]
                let input = RoleProfileInput(name: "Analyst", requirements: [
                    .init(skill: skill.id.uuidString, level: String(top)),
                    .init(skill: other.id.uuidString, level: String(other.definedLevels[0]), importance: "desirable"),
                ])
                let role = try await RoleProfileService.save(input, existing: nil, version: nil, in: app.serviceContext()).get()
                let raj = try #require(try await StaffMember.find(org.report.id!, on: app.db))
                raj.$roleProfile.id = role.id
                try await raj.save(on: app.db)
                let me = try await Browser.signedIn(app, as: org.report), manager = try await Browser.signedIn(app, as: org.manager)
                let stranger = try await Browser.signedIn(app, as: org.other)
                let base = "/api/v1/staff/\(raj.id!.uuidString.lowercased())"
                // The API pretty-prints; compare without the spaces around colons.
                func json(_ response: TestingHTTPResponse) -> String { response.body.string.replacingOccurrences(of: " : ", with: ":") }

                // Gaps before any assessment: nothing confirmed, the whole level short; essential first.
                let before = json(try await manager.get("\(base)/skill-gaps"))
                #expect(before.contains(#""gap":\#(top)"#) && before.contains(#""name":"Analyst""#))
                #expect(before.contains(#""confirmedLevel":null"#))
                let roleless = json(try await manager.get("/api/v1/staff/\(org.junior.id!.uuidString.lowercased())/skill-gaps"))
                #expect(roleless.contains(#""roleProfile":null"#) && !roleless.contains("skillId"))
                #expect(try await stranger.get("\(base)/skill-gaps").status == .forbidden)

                // Bad input names the field; nobody proposes for someone else.
                let unknown = try await me.postBody("\(base)/skill-assessments", #"{"skillId": "\#(UUID())", "level": 3, "evidence": "x"}"#,
                                                    contentType: "application/json")
                #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("skillId"))
                let offScale = try await me.postBody("\(base)/skill-assessments",
                                                     #"{"skillId": "\#(skill.id)", "level": 9, "evidence": "Ran the workshops."}"#,
                                                     contentType: "application/json")
                #expect(offScale.status == .unprocessableEntity && offScale.body.string.contains("is not on"))
                #expect(try await manager.postBody("\(base)/skill-assessments",
                                                   #"{"skillId": "\#(skill.id)", "level": \#(top), "evidence": "x"}"#,
                                                   contentType: "application/json").status == .forbidden)
                #expect(try await SkillAssessmentRecord.query(on: app.db).count() == 0)

                // MUT: Raj proposes the top level.
                let proposed = try await me.postBody("\(base)/skill-assessments",
                                                     #"{"skillId": "\#(skill.id)", "level": \#(top), "evidence": "Ran the workshops."}"#,
                                                     contentType: "application/json")
                // validate
                #expect(proposed.status == .created && json(proposed).contains(#""status":"proposed""#))
                let row = try #require(try await SkillAssessmentRecord.query(on: app.db).first())
                let again = try await me.postBody("\(base)/skill-assessments",
                                                  #"{"skillId": "\#(skill.id)", "level": \#(top), "evidence": "Again."}"#,
                                                  contentType: "application/json")
                #expect(again.status == .unprocessableEntity && again.body.string.contains("still waiting for a decision"))

                // Nobody decides on their own; a manager of another team cannot either.
                let decision = "/api/v1/skill-assessments/\(row.id!.uuidString.lowercased())/decision"
                #expect(try await me.postBody(decision, #"{"level": \#(top)}"#, contentType: "application/json").status == .forbidden)
                #expect(try await stranger.postBody(decision, #"{"level": \#(top)}"#, contentType: "application/json").status == .forbidden)
                let bare = try await manager.postBody(decision, #"{"level": \#(below)}"#, contentType: "application/json")
                #expect(bare.status == .unprocessableEntity && bare.body.string.contains("Say why the level is \(below)"))

                // MUT: the manager sets the level below, with a comment.
                let decided = try await manager.postBody(decision, #"{"level": \#(below), "comment": "Not yet leading them alone."}"#,
                                                         contentType: "application/json")
                // validate
                #expect(decided.status == .ok && json(decided).contains(#""status":"changed""#))
                #expect(try await manager.postBody(decision, #"{"level": \#(top)}"#, contentType: "application/json").status == .conflict)
                let gaps = json(try await me.get("\(base)/skill-gaps"))
                #expect(gaps.contains(#""confirmedLevel":\#(below)"#) && gaps.contains(#""gap":\#(top - below)"#))
                let history = json(try await manager.get("\(base)/skill-assessments"))
                #expect(history.contains(#""source":"self""#) && history.contains(#""source":"manager""#))
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .skillAssessment).count() == 2)
            }
        }
    
        /// Raj's proposal waits for his manager, and for Pat while Raj's appraisal is delegated to Pat; never for Raj.
        static func aDelegateSeesTheProposalWhileTheDelegationRuns(_ app: Application, _ org: Org) async throws {
            let delegation = try await Org.delegate(org.report.id!, to: org.peer.id!, from: "2026-01-01", on: app.db)
            let during = CalendarDate(iso: "2026-06-01")!, before = CalendarDate(iso: "2025-12-31")!
            #expect(try await SkillAssessmentQueries.waiting(for: org.peer.id!, today: during, on: app.db).map(\.staff_id) == [org.report.id!])
            #expect(try await SkillAssessmentQueries.waiting(for: org.peer.id!, today: before, on: app.db).isEmpty)
            #expect(try await SkillAssessmentQueries.waiting(for: org.manager.id!, today: during, on: app.db).count == 1)
            #expect(try await SkillAssessmentQueries.waiting(for: org.report.id!, today: during, on: app.db).isEmpty)
            try await delegation.delete(on: app.db)
        }

        @Test func thePersonProposesOnTheirSkillsPageAndTheManagerDecidesThere() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skill = try #require(try await SkillRefs.all(on: app.db).map(\.ref).first { $0.definedLevels.count >= 2 })
                let top = skill.definedLevels.last!, below = skill.definedLevels[0]
                let role = try await RoleProfileService.save(RoleProfileInput(name: "Analyst", requirements: [
                    .init(skill: skill.id.uuidString, level: String(top)),
                ]), existing: nil, version: nil, in: app.serviceContext()).get()
                let raj = try #require(try await StaffMember.find(org.report.id!, on: app.db))
                raj.$roleProfile.id = role.id
                try await raj.save(on: app.db)
                let me = try await Browser.signedIn(app, as: org.report), manager = try await Browser.signedIn(app, as: org.manager)

                let page = try await me.get(.staffSkills(raj.id!)).body.string
                #expect(page.contains("Analyst") && page.contains("What to develop first"))
                #expect(page.contains("Develop \(skill.name) to level \(top)"))
                #expect(!(try await manager.get(.staffSkills(raj.id!)).body.string.contains("Propose a level")))

                // A level the skill is not described at is refused on the page, naming the field.
                let bad = try await me.post(.staffSkills(raj.id!), ["skill": skill.id.uuidString, "level": "0", "evidence": ""])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("Say what you have done that shows this level"))
                #expect(bad.body.string.contains(##"href="#level""##))
                // The level's own indicators are offered to tick, before anything is proposed.
                let indicators = try #require(try await SkillAssessmentService.indicators(of: skill.id, on: app.db)[top])
                let shown = try await me.post(.staffSkills(raj.id!), ["skill": skill.id.uuidString, "level": String(top),
                                                                      "evidence": "Ran the workshops.", "intent": "indicators"])
                #expect(shown.status == .ok && shown.body.string.contains("Indicators of level \(top) you meet"))
                #expect(try await SkillAssessmentRecord.query(on: app.db).count() == 0)
                let linked = try await me.get(StridePath.staffSkills(raj.id!).href + "?skill=\(skill.id.uuidString)&level=\(top)").body.string
                #expect(linked.contains(indicators[0].replacingOccurrences(of: "'", with: "&#39;")))
                // MUT
                #expect(try await me.post(.staffSkills(raj.id!), ["skill": skill.id.uuidString, "level": String(top),
                                                                   "evidence": "Ran the workshops."],
                                           list: [("indicators", indicators[0])]).status == .seeOther)
                let row = try #require(try await SkillAssessmentRecord.query(on: app.db).first())
                #expect(JSONList.decode(row.indicatorsJSON) == [indicators[0]])
                let field = StaffSkillsModel.decisionField(row.id!, "level"), comment = StaffSkillsModel.decisionField(row.id!, "comment")
                #expect(try await me.post(.skillDecision(row.id!), [field: String(top)]).status == .forbidden)
                let team = try await manager.get(.myTeam).body.string
                #expect(team.contains("Skill levels waiting for your decision") && team.contains(StridePath.staffSkills(raj.id!).href))
                #expect(!(try await me.get(.myTeam).body.string.contains("Skill levels waiting for your decision")))
                try await Self.aDelegateSeesTheProposalWhileTheDelegationRuns(app, org)
                let waiting = try await manager.get(.staffSkills(raj.id!)).body.string
                #expect(waiting.contains("Waiting for a decision") && waiting.contains("Ran the workshops."))
                let refused = try await manager.post(.skillDecision(row.id!), [field: String(below)])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Say why the level is \(below)"))
                // MUT
                let decided = try await manager.post(.skillDecision(row.id!), [field: String(below), comment: "Not yet alone."])
                // validate
                #expect(decided.status == .seeOther)
                let after = try await me.get(.staffSkills(raj.id!)).body.string
                #expect(after.contains("Level changed by the manager") && after.contains("Not yet alone."))
                #expect(after.contains("Confirmed levels over time") && after.contains(#"role="img" aria-label="\#(skill.name): level \#(below) from"#))
                #expect(try await SkillAssessmentService.confirmedLevels(of: raj.id!, on: app.db) == [skill.id: below])
                #expect(!(try await manager.get(.myTeam).body.string.contains("Skill levels waiting for your decision")))

                // Raj's Beginning of Cycle offers the objective his gaps suggest.
                _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: app.serviceContext())
                let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == raj.id!).first())
                let beginning = try #require(try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id == cycle.id!).first())
                let edit = try await manager.get(.editAppraisalForm(beginning.id!)).body.string
                #expect(edit.contains("Suggested by the skills gaps against the job role: Develop \(skill.name) from level \(below) to level \(top)"))
            }
        }
    }
}

