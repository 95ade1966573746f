import Fluent
import Foundation
import SQLKit
import StrideCore

/// A person's gaps against their job role, and the developmental objective the first priority
/// suggests: for their Skills page, the API and their Beginning of Cycle.
enum SkillGapsQuery {
    struct Gaps: Sendable {
        /// The role, when the person holds one.
        let role: RoleProfileQueries.Choice?
        let gaps: [SkillGap]
        /// "Develop Teamwork to level 3 (…)", from the first development priority.
        let suggestedObjective: String?
    }

    static func load(staffID: UUID, roleID: UUID?, on db: any Database) async throws -> Gaps {
        guard let roleID, let role = try await RoleProfileQueries.choice(roleID, on: db) else {
            return Gaps(role: nil, gaps: [], suggestedObjective: nil)
        }
        let gaps = SkillGaps.gaps(try await RoleProfileQueries.requirements(of: roleID, on: db),
                                  confirmed: try await SkillAssessmentService.confirmedLevels(of: staffID, on: db))
        let first = SkillGaps.priorities(gaps).first
        let summary = try await first.asyncMap { try await levelSummary($0.skill.id, $0.requirement.level, on: db) } ?? nil
        return Gaps(role: role, gaps: gaps, suggestedObjective: first.map { SkillGaps.suggestedObjective($0, levelSummary: summary) })
    }

    /// What the framework says of a skill at a level, for the suggested developmental objective.
    private static func levelSummary(_ skillID: UUID, _ level: Int, on db: any Database) async throws -> String? {
        struct Row: Decodable { let summary: String? }
        return try await db.sql().raw("""
            SELECT summary FROM skill_levels WHERE skill_id = \(bind: skillID) AND number = \(bind: level)
            """).first(decoding: Row.self)?.summary
    }
}
