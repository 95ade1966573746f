import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR writes the organisation's own framework in Stride; a framework in use is never changed
    /// under its assessments, by the editor or by a re-import.
    @Suite struct FrameworkEditingTests {
        @Test func hrCreatesAFrameworkAddsACompetencyAndRenamesItKeepingItsId() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let bad = try await hr.post(.newFramework, ["name": "", "version": "2027", "publisher": "Org", "level-count": "2",
                                                            "level-1-name": "Foundation", "level-2-descriptor": "Leads others."])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains(##"href="#name""##) && bad.body.string.contains(##"href="#level-2-name""##))
                // MUT
                let created = try await hr.post(.newFramework, ["name": "Our competencies", "version": "2027", "publisher": "Org",
                                                                "level-count": "2", "level-1-name": "Foundation", "level-2-name": "Expert"])
                // validate
                #expect(created.status == .seeOther)
                let record = try #require(try await FrameworkRecord.query(on: app.db).first())
                let id = try record.requireID()
                #expect(record.sourceFormat == .json)
                #expect(try await FrameworkStore.load(id, on: app.db)?.framework.skills.isEmpty == true)
                #expect(try await hr.post(.newFramework, ["name": "Our competencies", "version": "2027", "publisher": "Org", "level-count": "2",
                                                          "level-1-name": "A", "level-2-name": "B"]).body.string.contains("already exists"))

                let missing = try await hr.post(.newCompetency(.value(id)), ["name": "Teamwork", "category": "Core", "description": "Works with others.",
                                                                            "level-2-indicators": "Leads joint work"])
                #expect(missing.status == .unprocessableEntity && missing.body.string.contains("Summarise level 2, or remove its indicators"))
                let added = try await hr.post(.newCompetency(.value(id)), ["name": "Teamwork", "category": "Core", "description": "Works with others.",
                                                                          "level-1-summary": "Shares information.",
                                                                          "level-1-indicators": "Answers questions\nOffers help"])
                #expect(added.status == .seeOther)
                let skillID = try #require(try await FrameworkStore.load(id, on: app.db)?.skillIDs.first)
                #expect(added.location == StridePath.skill(framework: id, skill: skillID).href)
                #expect(try await hr.get(.skill(framework: id, skill: skillID)).body.string.contains("Edit competency"))

                let renamed = try await hr.post(.editCompetency(framework: .value(id), skill: .value(skillID)), [
                    "name": "Working together", "category": "Core", "description": "Works with others.",
                    "level-1-summary": "Shares information.", "level-2-summary": "Leads joint work.",
                ])
                #expect(renamed.status == .seeOther)
                let loaded = try #require(try await FrameworkStore.load(id, on: app.db))
                #expect(loaded.skillIDs == [skillID] && loaded.framework.skills[0].name == "Working together")
                #expect(loaded.framework.skills[0].definedLevelNumbers == [1, 2] && loaded.framework.categories.map(\.name) == ["Core"])
                #expect(try await FrameworkRecord.find(id, on: app.db)?.recordVersion == 3)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .skillsFramework).count() == 3)
                let staff = try await Browser.signedIn(app, as: org.report)
                #expect(!(try await staff.get(.skill(framework: id, skill: skillID)).body.string.contains("Edit competency")))
            }
        }

        @Test func aCompetencyInUseKeepsItsLevelsAndStaysUntilANewVersionAndReimportsAreRefusedAlike() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let saved = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let loaded = try #require(try await FrameworkStore.load(saved.id, on: app.db))
                let index = try #require(loaded.framework.skills.firstIndex { $0.definedLevelNumbers.count >= 2 })
                let skill = loaded.framework.skills[index], skillID = loaded.skillIDs[index]
                let level = skill.definedLevelNumbers.last!
                _ = try await SkillAssessmentService.propose(.init(skill: skillID.uuidString, level: String(level), evidence: "Did it."),
                                                             for: org.report.id!, in: app.serviceContext(actor: org.report.id)).get()
                let hr = try await Browser.signedIn(app, as: org.hr)

                // Dropping the level the assessment names is refused on its field; rewording is not.
                var form = ["name": skill.name, "category": skill.category, "description": skill.description, "code": skill.code ?? ""]
                for kept in skill.levels where kept.isDefined && kept.number != level { form["level-\(kept.number)-summary"] = kept.summary }
                let dropped = try await hr.post(.editCompetency(framework: .value(saved.id), skill: .value(skillID)), form)
                #expect(dropped.status == .unprocessableEntity && dropped.body.string.contains("Level \(level) of \(skill.name) must stay described"))
                form["level-\(level)-summary"] = "Reworded summary."
                #expect(try await hr.post(.editCompetency(framework: .value(saved.id), skill: .value(skillID)), form).status == .seeOther)
                #expect(try await hr.post(.removeCompetency(framework: .value(saved.id), skill: .value(skillID))).status == .conflict)

                // A re-import leaving the skill out is refused and writes nothing.
                var without = DemoFramework.make(importedAt: testNow)
                without.skills.remove(at: index)
                let json = try FrameworkJSON.encodeString(without)
                let reimport = try await hr.postBody("/api/v1/frameworks?format=json", json, contentType: "application/json")
                #expect(reimport.status == .conflict && reimport.body.string.contains("\(skill.name) cannot be removed"))
                #expect(try await FrameworkStore.load(saved.id, on: app.db)?.skillIDs.contains(skillID) == true)
                #expect(try await SkillAssessmentRecord.query(on: app.db).count() == 1)

                // A new version starts unused: there the competency can go.
                let version = try await hr.post(.newFrameworkVersion(.value(saved.id)), ["version": "2027"])
                #expect(version.status == .seeOther)
                let copy = try #require(try await FrameworkRecord.query(on: app.db).filter(\.$version == "2027").first())
                let copied = try #require(try await FrameworkStore.load(copy.id!, on: app.db))
                #expect(copied.framework.skills.count == loaded.framework.skills.count && !copied.skillIDs.contains(skillID))
                #expect(try await hr.post(.removeCompetency(framework: .value(copy.id!), skill: .value(copied.skillIDs[index]))).status == .seeOther)
                #expect(try await FrameworkStore.load(copy.id!, on: app.db)?.framework.skills.count == loaded.framework.skills.count - 1)
            }
        }

        @Test func frameworksImportedFromSFIAOrAXELOSAreKeptAsPublished() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                var sfia = DemoFramework.make(importedAt: testNow)
                sfia.source = FrameworkSource(fileName: "pemt.html", format: .sfia, importedAt: testNow)
                let saved = try await FrameworkStore.save(sfia, in: app.serviceContext())
                let hr = try await Browser.signedIn(app, as: org.hr)
                let refused = try await hr.get(.newCompetency(.value(saved.id)))
                #expect(refused.status == .conflict && refused.body.string.contains("kept as published"))
                #expect(!(try await hr.get(.framework(saved.id)).body.string.contains("Add a competency")))
            }
        }
    }
}
