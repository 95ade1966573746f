import Foundation

/// A person's standing against a role: for each required skill, the level confirmed by their
/// manager (none counts as 0) and the gap to the level required.
public struct SkillGap: Sendable, Equatable {
    public let requirement: SkillRequirement
    /// The latest level a manager confirmed or set; nil when none has been.
    public let confirmed: Int?
    /// `max(0, required − confirmed)`, with no confirmed level counting as 0.
    public let gap: Int

    public var skill: SkillRef { requirement.skill }
    public var isMet: Bool { gap == 0 }
}

/// Gaps against a role and the development priorities they give (AXELOS §1.2: the gap to the
/// role shows what to develop).
public enum SkillGaps {
    /// Every requirement with its gap, in priority order: essential before desirable, larger
    /// gaps first, then by skill name (so the order is the same on every page and in the API).
    /// - Parameter confirmed: the confirmed level per skill id.
    public static func gaps(_ requirements: [SkillRequirement], confirmed: [UUID: Int]) -> [SkillGap] {
        requirements.map { requirement in
            let level = confirmed[requirement.skill.id]
            return SkillGap(requirement: requirement, confirmed: level, gap: max(0, requirement.level - (level ?? 0)))
        }.sorted(by: priorityOrder)
    }

    /// What to develop, first things first: the gaps that are not met, in priority order.
    public static func priorities(_ gaps: [SkillGap]) -> [SkillGap] {
        gaps.filter { !$0.isMet }.sorted(by: priorityOrder)
    }

    static func priorityOrder(_ a: SkillGap, _ b: SkillGap) -> Bool {
        if a.requirement.essential != b.requirement.essential { return a.requirement.essential }
        if a.gap != b.gap { return a.gap > b.gap }
        let names = (a.skill.name.lowercased(), b.skill.name.lowercased())
        return names.0 != names.1 ? names.0 < names.1 : a.skill.id.uuidString < b.skill.id.uuidString
    }

    /// A developmental objective the Beginning of Cycle can take, from the first priority:
    /// "Develop Data management from level 2 to level 4", with the level's own description.
    /// - Parameter levelSummary: what the framework says of the skill at the required level.
    public static func suggestedObjective(_ first: SkillGap, levelSummary: String?) -> String {
        let from = first.confirmed.map { "from level \($0) " } ?? ""
        var text = "Develop \(first.skill.name) \(from)to level \(first.requirement.level) (\(first.skill.frameworkName))"
        if let levelSummary, !levelSummary.isEmpty { text += ": " + levelSummary }
        return text
    }
}
