import Fluent
import SQLKit

/// The End of Cycle's overall rating as a column of its own, so the Reports Board's view of
/// rating practice counts ratings in the database instead of reading every form's content.
struct UpdateAppraisalFormsAddOverallRating: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("appraisal_forms").field("overall_rating", .string).update()
        try await database.createIndex("appraisal_forms_kind_overall_rating", on: "appraisal_forms", "kind", "overall_rating")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "appraisal_forms_kind_overall_rating").run()
        try await database.schema("appraisal_forms").deleteField("overall_rating").update()
    }
}
