import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR keeps job roles, each with the skills it requires; everyone reads them, on the pages and through the API.
    @Suite struct RoleProfileTests {
        @Test func hrAddsARoleWithItsSkillsAndEveryoneReadsIt() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skills = try await SkillRefs.all(on: app.db).map(\.ref)
                let first = try #require(skills.first { !$0.definedLevels.isEmpty }), second = try #require(skills.last { !$0.definedLevels.isEmpty && $0 != first })
                let hr = try await Browser.signedIn(app, as: org.hr)
                let manager = try await Browser.signedIn(app, as: org.manager)
                #expect(try await manager.get(.newRoleProfile).status == .forbidden)
                try await hr.get(.newRoleProfile)
                let one = ["requirement-count": "1", "requirement-1-skill": first.id.uuidString.lowercased(),
                           "requirement-1-level": String(first.definedLevels.last!), "requirement-1-importance": "essential"]

                // Add another skill without JavaScript: the page comes back with two, what was typed kept.
                let added = try await hr.post(.newRoleProfile, one.merging(["name": "Data engineer", "intent": "add-requirement"]) { $1 })
                #expect(added.status == .ok)
                #expect(added.body.string.contains(#"id="requirement-2-skill""#) && added.body.string.contains(#"value="Data engineer""#))

                // Bad input names each field and writes nothing.
                let bad = try await hr.post(.newRoleProfile, one.merging([
                    "name": "", "requirement-count": "2", "requirement-2-skill": second.id.uuidString.lowercased(), "requirement-2-level": "9",
                    "intent": "save",
                ]) { $1 })
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("Enter the role&#39;s name"))
                #expect(bad.body.string.contains("Skill 2: Level 9 is not on"))
                #expect(bad.body.string.contains(##"href="#requirement-2-level""##))
                #expect(try await RoleProfile.query(on: app.db).count() == 0)

                // MUT
                let created = try await hr.post(.newRoleProfile, one.merging([
                    "name": "Data engineer", "description": "Builds the data pipelines.", "requirement-count": "2",
                    "requirement-2-skill": second.id.uuidString.lowercased(), "requirement-2-level": String(second.definedLevels.first!),
                    "requirement-2-importance": "desirable", "intent": "save",
                ]) { $1 })
                // validate
                #expect(created.status == .seeOther)
                let role = try #require(try await RoleProfile.query(on: app.db).first())
                #expect(created.location == StridePath.roleProfile(role.id!).href)
                let page = try await manager.get(.roleProfile(role.id!)).body.string
                #expect(page.contains("Data engineer") && page.contains(first.name) && page.contains(second.name))
                #expect(page.contains("Desirable") && !page.contains("Edit role"))
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .roleProfile).count() == 1)
                #expect(try await manager.get(.roleProfiles).body.string.contains("Data engineer"))

                // Names are unique whatever their case; a stale form is refused with the role as saved.
                let again = try await hr.post(.newRoleProfile, one.merging(["name": "data  ENGINEER", "intent": "save"]) { $1 })
                #expect(again.body.string.contains("A role named Data engineer already exists"))
                try await hr.get(.editRoleProfile(role.id!))
                let stale = try await hr.post(.editRoleProfile(role.id!), one.merging(["name": "Data lead", "version": "0", "intent": "save"]) { $1 })
                #expect(stale.status == .conflict && stale.body.string.contains("Someone saved this role after you opened it"))
                let renamed = try await hr.post(.editRoleProfile(role.id!), one.merging(["name": "Data lead", "version": "1", "intent": "save"]) { $1 })
                #expect(renamed.status == .seeOther)
                #expect(try await RoleProfileQueries.requirements(of: role.id!, on: app.db).map(\.skill.id) == [first.id])

                // The API lists it, with its requirements, for anyone signed in.
                let api = try await manager.get("/api/v1/role-profiles").body.string
                #expect(api.contains("Data lead") && api.contains(first.id.uuidString.lowercased()))
            }
        }
    }
}
