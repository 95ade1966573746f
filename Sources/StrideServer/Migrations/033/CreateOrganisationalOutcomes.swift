import Fluent

/// The outcomes the organisation sets itself for a period (a biennium): the top of the cascade
/// that unit outcomes, workgroup objectives and individual outputs serve.
struct CreateOrganisationalOutcomes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisational_outcomes")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("title", .string, .required)
            .field("description", .string)
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("record_version", .int, .required)
            // relationships
            .field("owner_id", .uuid, .references("staff_members", "id", onDelete: .setNull))
            .create()
        // The outcomes of a period, on the alignment page.
        try await database.createIndex("organisational_outcomes_period", on: "organisational_outcomes", "period_end", "period_start")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisational_outcomes").delete()
    }
}
