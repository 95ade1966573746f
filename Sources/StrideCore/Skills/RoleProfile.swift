import Foundation

/// A job role as HR describes it: the skills it requires, each at a level, essential or
/// desirable. Staff are assigned a role; their gaps are measured against it.
public struct RoleProfileDetails: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var requirements: [SkillRequirement]

    public init(name: String, description: String?, requirements: [SkillRequirement]) {
        self.name = name
        self.description = description
        self.requirements = requirements
    }

    /// How role names compare, case and spacing aside: names are unique by it, and the staff
    /// import's `role` column is matched by it.
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A role profile as typed into its form (or read from a CSV), kept as text.
public struct RoleProfileInput: Sendable, Equatable {
    /// One required skill as typed: a row of the form, or of a CSV.
    public struct Requirement: Sendable, Equatable {
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
    }

    public var name: String?
    public var description: String?
    public var requirements: [Requirement]

    public static let maxRequirements = 60

    public init(name: String? = nil, description: String? = nil, requirements: [Requirement] = []) {
        self.name = name
        self.description = description
        self.requirements = requirements
    }

    /// Every problem by field, in page order: `name`, `description`, then
    /// `requirements[i].skill` / `.level` / `.importance` for each row (blank rows are dropped).
    /// - Parameter skills: the skills a requirement may name, by id.
    public func validate(skills: [UUID: SkillRef]) -> Validated<RoleProfileDetails> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter the role's name", maxLength: 120)
        let description = check.optional("description", description, name: "Description", maxLength: 2000, multiline: true)
        let rows = requirements.enumerated().filter { !$0.element.isBlank }
        if rows.isEmpty { check.add("requirements", "Add at least one skill the role requires") }
        if rows.count > Self.maxRequirements { check.add("requirements", "A role lists at most \(Self.maxRequirements) skills") }
        var seen: Set<UUID> = []
        var required: [SkillRequirement] = []
        for (index, row) in rows {
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
            let importance = (row.importance ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["", "essential", "desirable"].contains(importance) else {
                check.add("\(field).importance", "\(label): choose essential or desirable")
                continue
            }
            required.append(SkillRequirement(skill: skill, level: level, essential: importance != "desirable"))
        }
        return check.result(RoleProfileDetails(name: name, description: description, requirements: required))
    }
}
