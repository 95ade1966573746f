import Fluent

/// The dated notes either party adds to a cycle between the formal discussions.
struct CreateCycleCheckIns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("cycle_check_ins")
            // managed fields
            .id()
            .field("written_at", .datetime, .required)
            // data fields
            .field("note", .string, .required)
            // relationships
            .field("cycle_id", .uuid, .required, .references("appraisal_cycles", "id", onDelete: .cascade))
            .field("author_id", .uuid, .references("staff_members", "id", onDelete: .setNull))
            .create()
        try await database.createIndex("cycle_check_ins_cycle_id", on: "cycle_check_ins", "cycle_id", "written_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("cycle_check_ins").delete()
    }
}
