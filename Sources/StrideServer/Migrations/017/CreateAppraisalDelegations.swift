import Fluent

/// A responsible chief's delegations of staff members' appraisals to managers of smaller units.
struct CreateAppraisalDelegations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("appraisal_delegations")
            // managed fields
            .id()
            .field("created_at", .datetime, .required)
            .field("granted_by", .uuid)
            .field("revoked_at", .datetime)
            .field("revoked_by", .uuid)
            // data fields
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("delegate_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .create()
        try await database.createIndex("appraisal_delegations_staff_member_id", on: "appraisal_delegations", "staff_member_id")
        try await database.createIndex("appraisal_delegations_delegate_id", on: "appraisal_delegations", "delegate_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("appraisal_delegations").delete()
    }
}
