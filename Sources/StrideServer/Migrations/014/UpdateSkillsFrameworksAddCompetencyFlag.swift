import Fluent
import SQLKit

/// Marks the one stored framework whose skills are the organisation's competencies, the list a
/// Beginning of Cycle form chooses its 3 to 5 competencies from.
struct UpdateSkillsFrameworksAddCompetencyFlag: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skills_frameworks")
            .field("is_competency_framework", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skills_frameworks").deleteField("is_competency_framework").update()
    }
}
