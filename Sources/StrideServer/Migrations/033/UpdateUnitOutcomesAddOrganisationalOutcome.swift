import Fluent
import SQLKit

/// The organisational outcome a unit outcome contributes to; deleting the organisational outcome
/// leaves the unit outcome standing, unlinked.
struct UpdateUnitOutcomesAddOrganisationalOutcome: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_outcomes")
            .field("organisational_outcome_id", .uuid, .references("organisational_outcomes", "id", onDelete: .setNull)).update()
        // The unit outcomes under an organisational outcome, on the alignment page.
        try await database.createIndex("unit_outcomes_organisational_outcome_id", on: "unit_outcomes", "organisational_outcome_id")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "unit_outcomes_organisational_outcome_id").run()
        try await database.schema("unit_outcomes").deleteField("organisational_outcome_id").update()
    }
}
