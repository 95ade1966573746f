import Foundation

/// A skill of a stored framework as the skills rules need it: its id, its name, its framework's
/// scale and the levels at which it is defined. Assessments, role profiles and tasks point at it.
public struct SkillRef: Sendable, Equatable, Hashable {
    public let id: UUID
    public let name: String
    public let frameworkName: String
    /// The framework's level numbers (SFIA 1–7, AXELOS 1–5).
    public let scale: [Int]
    /// The levels at which the skill is described.
    public let definedLevels: [Int]

    public init(id: UUID, name: String, frameworkName: String, scale: [Int], definedLevels: [Int]) {
        self.id = id
        self.name = name
        self.frameworkName = frameworkName
        self.scale = scale.sorted()
        self.definedLevels = definedLevels.sorted()
    }

    /// What is wrong with `level` for this skill, in words for the field; nil when the skill is
    /// described at that level.
    public func problem(with level: Int) -> String? {
        guard scale.contains(level) else {
            return "Level \(level) is not on \(frameworkName)'s scale (\(Self.span(scale)))"
        }
        guard definedLevels.contains(level) else {
            return definedLevels.isEmpty ? "\(name) is not described at any level"
                : "\(name) is not described at level \(level): choose \(Self.span(definedLevels))"
        }
        return nil
    }

    /// "2–5" for a run of levels, "2, 4 or 6" otherwise.
    static func span(_ levels: [Int]) -> String {
        guard let first = levels.first, let last = levels.last else { return "none" }
        if levels == Array(first...last), levels.count > 2 { return "\(first)–\(last)" }
        let words = levels.map(String.init)
        return words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
