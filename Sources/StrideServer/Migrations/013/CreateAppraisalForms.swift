import Fluent

/// The official document of each phase of a cycle: its content (JSON, as the core's form types
/// encode it), where it stands in the workflow, and the signatures it carries.
struct CreateAppraisalForms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("appraisal_forms")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // data fields
            .field("kind", .string, .required)
            .field("state", .string, .required)
            .field("content", .string, .required)
            .field("record_version", .int, .required)
            .field("staff_signed_at", .datetime)
            .field("staff_signed_hash", .string)
            .field("staff_statement", .string)
            .field("manager_signed_at", .datetime)
            .field("manager_signed_by", .uuid)
            .field("manager_signed_hash", .string)
            // relationships
            .field("cycle_id", .uuid, .required, .references("appraisal_cycles", "id", onDelete: .cascade))
            // constraints
            .unique(on: "cycle_id", "kind")
            .create()
        try await database.createIndex("appraisal_forms_state_kind", on: "appraisal_forms", "state", "kind")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("appraisal_forms").delete()
    }
}
