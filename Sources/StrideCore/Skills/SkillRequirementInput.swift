import Foundation

/// One required skill as typed: a row of a form (a role's, a workgroup's, a task's) or of a CSV.
public struct SkillRequirementInput: Sendable, Equatable {
    /// The skill's id, as the form's select gives it.
    public var skill: String?
    public var level: String?
    /// "essential" or "desirable"; essential when empty.
    public var importance: String?

    public init(skill: String? = nil, level: String? = nil, importance: String? = nil) {
        self.skill = skill
        self.level = level
        self.importance = importance
    }

    var isBlank: Bool { [skill, level].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty } }

    /// The requirements of a list of rows, checking each into `check` as
    /// `requirements[i].skill` / `.level` / `.importance` (blank rows are dropped; a list with
    /// none gets an error on `requirements`). Every skill must be one of `skills`, listed once,
    /// at a level it is described at.
    /// - Parameters:
    ///   - noun: what needs the skills, as the messages name it ("role", "task").
    ///   - asksImportance: whether rows say essential or desirable; when not, every one is essential.
    ///   - allowsNone: whether an empty list is fine (a workgroup whose needs are cleared).
    public static func validate(_ rows: [SkillRequirementInput], into check: inout FieldChecker, skills: [UUID: SkillRef],
                                maxCount: Int, noun: String, asksImportance: Bool, allowsNone: Bool = false) -> [SkillRequirement] {
        let filled = rows.enumerated().filter { !$0.element.isBlank }
        if filled.isEmpty, !allowsNone { check.add("requirements", "Add at least one skill the \(noun) requires") }
        if filled.count > maxCount {
            check.add("requirements", "A \(noun) lists at most \(maxCount) skills")
            return []
        }
        var seen: Set<UUID> = []
        var required: [SkillRequirement] = []
        for (index, row) in filled {
            let field = "requirements[\(index)]", label = "Skill \(index + 1)"
            guard let id = row.skill.flatMap({ UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }), let skill = skills[id] else {
                check.add("\(field).skill", "\(label): choose a skill from the list")
                continue
            }
            if !seen.insert(id).inserted {
                check.add("\(field).skill", "\(label): \(skill.name) is already listed")
                continue
            }
            let text = (row.level ?? "").trimmingCharacters(in: .whitespaces)
            guard let level = Int(text) else {
                check.add("\(field).level", text.isEmpty ? "\(label): choose the level \(skill.name) is required at"
                                                          : "\(label): the level must be a whole number, like 3")
                continue
            }
            if let problem = skill.problem(with: level) {
                check.add("\(field).level", "\(label): \(problem)")
                continue
            }
            let importance = asksImportance ? (row.importance ?? "").trimmingCharacters(in: .whitespaces).lowercased() : ""
            guard ["", "essential", "desirable"].contains(importance) else {
                check.add("\(field).importance", "\(label): choose essential or desirable")
                continue
            }
            required.append(SkillRequirement(skill: skill, level: level, essential: importance != "desirable"))
        }
        return required
    }
}
