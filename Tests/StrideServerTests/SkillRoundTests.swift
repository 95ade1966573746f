import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR asks a population to assess their skills by a date; each person asked sees it until
    /// they have proposed a level, and HR sees how far the round has got.
    @Suite struct SkillRoundTests {
        @Test func aRoundAsksTheHoldersOfARoleAndCountsWhoHasAnswered() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skill = try #require(try await SkillRefs.all(on: app.db).map(\.ref).first { !$0.definedLevels.isEmpty })
                let role = try await RoleProfileService.save(RoleProfileInput(name: "Analyst", requirements: [
                    .init(skill: skill.id.uuidString, level: String(skill.definedLevels[0])),
                ]), existing: nil, version: nil, in: app.serviceContext()).get()
                for person in [org.report, org.peer] {
                    let staff = try #require(try await StaffMember.find(person.id!, on: app.db))
                    staff.$roleProfile.id = role.id
                    try await staff.save(on: app.db)
                }
                let hr = try await Browser.signedIn(app, as: org.hr), raj = try await Browser.signedIn(app, as: org.report)
                let olu = try await Browser.signedIn(app, as: org.other)

                let bad = try await hr.post(.skillRounds, ["name": "", "scope": "role", "role": UUID().uuidString, "dueOn": "2026-03-01"])
                #expect(bad.status == .unprocessableEntity)
                for message in ["Enter a name for the round", "Choose the job role whose holders are asked", "The due date must be after today"] {
                    #expect(bad.body.string.contains(message))
                }
                // MUT
                let opened = try await hr.post(.skillRounds, ["name": "Analysts' round", "scope": "role",
                                                              "role": role.id!.uuidString.lowercased(), "dueOn": "2026-03-31"])
                // validate
                #expect(opened.status == .seeOther)
                #expect(try await SkillRound.query(on: app.db).count() == 1)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .skillRound).count() == 1)
                let before = try await raj.get(.home).body.string
                #expect(before.contains("Analysts&#39; round: propose the level you work at") && before.contains(">To do<"))
                #expect(!(try await olu.get(.home).body.string.contains("Skills self-assessment")))
                #expect(try await hr.get(.skillRounds).body.string.contains("Holders of the role Analyst"))

                // Raj answers; the round shows one of two.
                clock.advance(by: 60)
                #expect(try await raj.post(.staffSkills(org.report.id!), ["skill": skill.id.uuidString, "level": String(skill.definedLevels[0]),
                                                                          "evidence": "Wrote the data guide."]).status == .seeOther)
                #expect(try await raj.get(.home).body.string.contains(">Proposed<"))
                let list = try await hr.get("/api/v1/skill-rounds").body.string.replacingOccurrences(of: " : ", with: ":")
                #expect(list.contains(#""asked":2"#) && list.contains(#""proposed":1"#) && list.contains(#""decided":0"#))
                #expect(try await hr.get(.skillRounds).body.string.contains("1 (50 %)"))

                // The API opens a round for a unit and names its fields as the body does.
                let refused = try await hr.postBody("/api/v1/skill-rounds", #"{"name": "Policy", "scope": "unit", "unitId": "nope", "dueOn": "2026-04-01"}"#,
                                                    contentType: "application/json")
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains("unitId"))
                let unit = try await hr.postBody("/api/v1/skill-rounds", #"""
                    {"name": "Head Office", "scope": "unit", "unitId": "\#(org.headOffice.id!)", "dueOn": "2026-04-01"}
                    """#, contentType: "application/json")
                // Head Office and the Policy Unit below it: everyone but Olu, who is in the Field Office.
                #expect(unit.status == .created && unit.body.string.replacingOccurrences(of: " : ", with: ":").contains(#""asked":6"#))
                #expect(try await olu.postBody("/api/v1/skill-rounds", "{}", contentType: "application/json").status == .forbidden)
            }
        }
    }
}
