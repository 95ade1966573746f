import Fluent

/// Changes of a staff member's contract type, each from the day it takes effect.
struct CreateContractChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contract_changes")
            // managed fields
            .id()
            .field("recorded_at", .datetime, .required)
            .field("recorded_by", .uuid)
            // data fields
            .field("effective_on", .string, .required)
            .field("previous_type", .string, .required)
            .field("contract_type", .string, .required)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .unique(on: "staff_member_id", "effective_on")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("contract_changes").delete()
    }
}
