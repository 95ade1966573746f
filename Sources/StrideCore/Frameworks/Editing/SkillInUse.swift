import Foundation

/// What depends on a stored skill: the assessments and the requirements (of roles, workgroups
/// and tasks) that name it, with the levels they name, and the appraisal forms that chose it as a
/// competency.
public struct SkillInUse: Sendable, Equatable {
    public var assessments: Int
    public var requirements: Int
    public var forms: Int
    /// Every level an assessment proposed or decided, or a requirement asks.
    public var levels: Set<Int>

    public init(assessments: Int = 0, requirements: Int = 0, forms: Int = 0, levels: Set<Int> = []) {
        self.assessments = assessments
        self.requirements = requirements
        self.forms = forms
        self.levels = levels
    }

    public var isInUse: Bool { assessments > 0 || requirements > 0 || forms > 0 }

    /// "assessed 3 times and required by 2 roles, workgroups or tasks", for messages.
    public var description: String {
        let parts = [assessments > 0 ? "assessed \(counted(assessments, "time"))" : nil,
                     requirements > 0 ? "required by \(counted(requirements, "role, workgroup or task", "roles, workgroups or tasks"))" : nil,
                     forms > 0 ? "chosen in \(counted(forms, "appraisal form"))" : nil].compactMap { $0 }
        return parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.joined()
    }
}

/// How a framework in use may change: a skill that assessments or requirements name is never
/// silently changed under them. Its wording may change freely, and levels may be added; but it
/// may not be removed, nor stop describing a level they name. Such a change needs a new version
/// of the framework, which starts unused.
public enum FrameworkChangeRules {
    /// Why `after` may not replace the stored skill named `name` (nil `after`: removing it), by
    /// field; empty when it may.
    /// - Parameter levelField: the field a level's problem is named on.
    public static func problems(name: String, after: Skill?, use: SkillInUse,
                                levelField: (Int) -> String = { "level-\($0)-summary" }) -> [FieldError] {
        guard use.isInUse else { return [] }
        guard let after else {
            return [FieldError("skill", "\(name) cannot be removed: it is \(use.description). "
                               + "Start a new version of the framework to leave it out.")]
        }
        let kept = Set(after.definedLevelNumbers)
        return use.levels.subtracting(kept).sorted().map { level in
            FieldError(levelField(level), "Level \(level) of \(name) must stay described: assessments or requirements name it. "
                       + "Start a new version of the framework to change that.")
        }
    }
}
