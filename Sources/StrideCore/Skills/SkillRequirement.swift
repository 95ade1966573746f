import Foundation

/// A skill a role (or a workgroup, or a task) needs, at a level, essential or desirable.
public struct SkillRequirement: Sendable, Equatable {
    public let skill: SkillRef
    public let level: Int
    /// Essential requirements come before desirable ones in development priorities.
    public let essential: Bool

    public init(skill: SkillRef, level: Int, essential: Bool = true) {
        self.skill = skill
        self.level = level
        self.essential = essential
    }
}

extension SkillRequirement {
    /// What several lists ask together, such as the roles held in a unit: each skill once, at the
    /// highest level any list asks, essential if any list has it essential, by skill name.
    public static func combined(_ lists: [[SkillRequirement]]) -> [SkillRequirement] {
        var bySkill: [UUID: SkillRequirement] = [:]
        for requirement in lists.joined() {
            let held = bySkill[requirement.skill.id]
            bySkill[requirement.skill.id] = SkillRequirement(skill: requirement.skill, level: max(requirement.level, held?.level ?? 0),
                                                             essential: requirement.essential || held?.essential == true)
        }
        return bySkill.values.sorted { ($0.skill.name.lowercased(), $0.skill.id.uuidString) < ($1.skill.name.lowercased(), $1.skill.id.uuidString) }
    }
}
