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
    public typealias Requirement = SkillRequirementInput

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
        let required = SkillRequirementInput.validate(requirements, into: &check, skills: skills, maxCount: Self.maxRequirements,
                                                      noun: "role", asksImportance: true)
        return check.result(RoleProfileDetails(name: name, description: description, requirements: required))
    }
}
