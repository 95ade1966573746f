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
