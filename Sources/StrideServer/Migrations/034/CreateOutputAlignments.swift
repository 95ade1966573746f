import Fluent

/// Each cycle's current outputs with what they serve, kept from the Beginning of Cycle and the
/// Mid-term Review as they are saved, so the alignment page reads links by index instead of
/// decoding every form.
struct CreateOutputAlignments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("output_alignments")
            // managed fields
            .id()
            // data fields
            .field("output_key", .uuid, .required)
            .field("position", .int, .required)
            .field("description", .string, .required)
            // relationships
            .field("cycle_id", .uuid, .required, .references("appraisal_cycles", "id", onDelete: .cascade))
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("unit_outcome_id", .uuid, .references("unit_outcomes", "id", onDelete: .setNull))
            .field("objective_id", .uuid, .references("workgroup_objectives", "id", onDelete: .setNull))
            .unique(on: "cycle_id", "output_key")
            .create()
        try await database.createIndex("output_alignments_unit_outcome_id", on: "output_alignments", "unit_outcome_id")
        try await database.createIndex("output_alignments_objective_id", on: "output_alignments", "objective_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("output_alignments").delete()
    }
}
