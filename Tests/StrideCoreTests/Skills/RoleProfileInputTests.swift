import Foundation
import StrideCore
import Testing

/// Role profiles as typed: a name and the skills required, each at a level the skill is described at.
@Suite struct RoleProfileInputTests {
    @Test func everyRowIsCheckedAndBlankRowsAreDropped() {
        let release = SkillGapsTests.skill("Release and deployment"), data = SkillGapsTests.skill("Data management")
        let skills = [release.id: release, data.id: data]
        let good = RoleProfileInput(name: " Data engineer ", requirements: [
            .init(skill: release.id.uuidString, level: "3", importance: "desirable"), .init(), .init(skill: data.id.uuidString, level: "4"),
        ]).validate(skills: skills)
        #expect(good.value?.name == "Data engineer")
        #expect(good.value?.requirements.map { "\($0.skill.name) \($0.level) \($0.essential)" }
            == ["Release and deployment 3 false", "Data management 4 true"])
        #expect(RoleProfileInput(name: "", requirements: [.init()]).validate(skills: skills).errors == [
            FieldError("name", "Enter the role's name"), FieldError("requirements", "Add at least one skill the role requires"),
        ])
        let bad = RoleProfileInput(name: "Data engineer", requirements: [
            .init(skill: UUID().uuidString, level: "3"),
            .init(skill: release.id.uuidString, level: "1"),
            .init(skill: release.id.uuidString, level: "3"),
            .init(skill: data.id.uuidString, level: ""),
            .init(skill: data.id.uuidString.lowercased(), level: "4", importance: "vital"),
        ]).validate(skills: skills)
        #expect(bad.errors == [
            FieldError("requirements[0].skill", "Skill 1: choose a skill from the list"),
            FieldError("requirements[1].level", "Skill 2: Release and deployment is not described at level 1: choose 2–5"),
            FieldError("requirements[2].skill", "Skill 3: Release and deployment is already listed"),
            FieldError("requirements[3].level", "Skill 4: choose the level Data management is required at"),
            FieldError("requirements[4].skill", "Skill 5: Data management is already listed"),
        ])
    }
}
