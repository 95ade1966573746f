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
    
        @Test func rolesAreAssignedOnTheStaffFormByImportAndByJobTitle() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skill = try #require(try await SkillRefs.all(on: app.db).map(\.ref).first { !$0.definedLevels.isEmpty })
                func role(_ name: String) async throws -> RoleProfile {
                    let input = RoleProfileInput(name: name, requirements: [.init(skill: skill.id.uuidString, level: String(skill.definedLevels[0]))])
                    return try await RoleProfileService.save(input, existing: nil, version: nil, in: app.serviceContext()).get()
                }
                let analyst = try await role("Analyst"), officer = try await role("Programme officer")
                let hr = try await Browser.signedIn(app, as: org.hr)
                let raj = org.report.id!
                func roleOf(_ id: UUID) async throws -> UUID? { try await StaffMember.find(id, on: app.db)?.$roleProfile.id }

                // The staff form: a role from the list, or an error naming the field.
                try await hr.get(.editStaff(raj))
                var form = ["name": "Raj Report", "email": "raj.report@example.org", "staffNumber": "R1", "grade": "P3", "jobTitle": "Officer",
                            "unit": org.policy.id!.uuidString, "supervisor": "M1", "entryOnDuty": "2024-01-15", "contractType": "regular",
                            "status": "active", "version": "1", "role": UUID().uuidString]
                let unknown = try await hr.post(.editStaff(raj), form)
                #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("Select a role from the list"))
                form["role"] = analyst.id!.uuidString
                #expect(try await hr.post(.editStaff(raj), form).status == .seeOther)
                #expect(try await roleOf(raj) == analyst.id)
                // The API's record carries the role, for those who may open the record.
                let record = try await Browser.signedIn(app, as: org.manager).get("/api/v1/staff/\(raj.uuidString.lowercased())")
                #expect(record.status == .ok && record.body.string.contains(analyst.id!.uuidString.lowercased()))
                #expect(try await Browser.signedIn(app, as: org.other).get("/api/v1/staff/\(raj.uuidString.lowercased())").status == .forbidden)
                #expect(try await hr.get("/api/v1/staff/\(UUID().uuidString.lowercased())").status == .notFound)
                let profile = try await hr.get(.staffMember(raj)).body.string
                #expect(profile.contains("Job role") && profile.contains(StridePath.roleProfile(analyst.id!).href))

                // The import's role column, by name in any case; an unknown name is a problem by line.
                try await hr.get(.importStaff)
                let header = StaffImportRouteTests.header.replacingOccurrences(of: "\n", with: ",role\n")
                let row = "J1,Jo Junior,jo.junior@example.org,P3,Officer,POL,R1,2024-01-15,probation,"
                let refused = try await hr.upload(.importStaff, field: "file", filename: "s.csv", content: header + row + "Wizard\n")
                #expect(refused.body.string.contains("Line 2, role: no job role is named Wizard"))
                #expect(try await hr.upload(.importStaff, field: "file", filename: "s.csv", content: header + row + "ANALYST\n").status == .seeOther)
                #expect(try await roleOf(org.junior.id!) == analyst.id)

                // By job title: confirmed with what it will do, then done, each person audited.
                let manager = try await Browser.signedIn(app, as: org.manager)
                #expect(try await manager.get(StridePath.assignRoleProfile(officer.id!).href + "?jobTitle=officer").status == .forbidden)
                #expect(try await hr.get(StridePath.assignRoleProfile(officer.id!).href + "?jobTitle=").status == .unprocessableEntity)
                let confirm = try await hr.get(StridePath.assignRoleProfile(officer.id!).href + "?jobTitle=officer").body.string
                #expect(confirm.contains("7 people with the job title “officer” will hold Programme officer. It replaces another role for 2 of them."))
                // MUT
                let assigned = try await hr.post(.assignRoleProfile(officer.id!), ["jobTitle": "officer"])
                // validate
                #expect(assigned.status == .seeOther)
                #expect(try await hr.get(.roleProfile(officer.id!)).body.string.contains("Assigned Programme officer to 7 people"))
                #expect(try await StaffMember.query(on: app.db).filter(\.$roleProfile.$id == officer.id!).count() == 7)
                let trail = try await AuditEvent.query(on: app.db).filter(\.$summary ~~ "Assigned role Programme officer").all()
                #expect(trail.count == 7 && trail.contains { $0.summary.hasSuffix("(was Analyst)") })
                #expect(try await hr.get(StridePath.assignRoleProfile(officer.id!).href + "?jobTitle=Officer").body.string
                    .contains("7 people already hold it"))
            }
        }

        @Test func rolesGoToCSVAndComeBackAndABadFileWritesNothing() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                _ = try await FrameworkStore.save(DemoFramework.make(importedAt: testNow), in: app.serviceContext())
                let skill = try #require(try await SkillRefs.all(on: app.db).first { $0.ref.definedLevels.count >= 2 })
                let top = skill.ref.definedLevels.last!
                _ = try await RoleProfileService.save(RoleProfileInput(name: "Analyst", description: "Turns data into advice.", requirements: [
                    .init(skill: skill.ref.id.uuidString, level: String(top)),
                ]), existing: nil, version: nil, in: app.serviceContext()).get()
                let hr = try await Browser.signedIn(app, as: org.hr), staff = try await Browser.signedIn(app, as: org.report)

                let exported = try await staff.get(.roleProfilesExport)
                #expect(exported.headers.contentType?.subType == "csv")
                let csv = exported.body.string
                #expect(csv.contains("Analyst,Turns data into advice.,Stride Core Competencies,2026,\(skill.code ?? ""),\(skill.ref.name),\(top),essential"))
                #expect(try await staff.upload(.roleProfilesImport, field: "file", filename: "roles.csv", content: csv).status == .forbidden)

                // A second role and a changed level come back in; a bad row stops the whole file.
                let edited = csv.replacingOccurrences(of: ",\(top),essential", with: ",\(skill.ref.definedLevels[0]),desirable")
                    + "Chief,,Stride Core Competencies,2026,,\(skill.ref.name),\(top),\r\n"
                let bad = try await hr.upload(.roleProfilesImport, field: "file", filename: "roles.csv",
                                              content: edited + "Chief,,Stride Core Competencies,2026,,Juggling,2,\r\n")
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Line 4, skill: no skill &quot;Juggling&quot;"))
                let offScale = try await hr.upload(.roleProfilesImport, field: "file", filename: "roles.csv",
                                                   content: edited.replacingOccurrences(of: ",\(top),\r\n", with: ",99,\r\n"))
                #expect(offScale.status == .unprocessableEntity && offScale.body.string.contains("Line 3, level: Skill 1: Level 99 is not on"))
                #expect(try await RoleProfile.query(on: app.db).count() == 1)
                // MUT
                let imported = try await hr.upload(.roleProfilesImport, field: "file", filename: "roles.csv", content: edited)
                // validate
                #expect(imported.status == .seeOther)
                let roles = try await RoleProfileQueries.all(on: app.db)
                #expect(roles.map(\.name) == ["Analyst", "Chief"])
                let analyst = try await RoleProfileQueries.requirements(of: roles[0].id, on: app.db)
                #expect(analyst.map(\.level) == [skill.ref.definedLevels[0]] && analyst.map(\.essential) == [false])
                #expect(roles[0].description == "Turns data into advice.")
            }
        }
    }
}
