import Fluent

/// The outcomes each unit is to achieve, per period: what staff outputs are linked to.
struct CreateUnitOutcomes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_outcomes")
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
            .field("unit_id", .uuid, .required, .references("organisational_units", "id", onDelete: .cascade))
            .create()
        try await database.createIndex("unit_outcomes_unit_id_period_start", on: "unit_outcomes", "unit_id", "period_start")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_outcomes").delete()
    }
}
