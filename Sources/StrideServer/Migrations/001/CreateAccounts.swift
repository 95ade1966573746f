import Fluent

struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("accounts")
            // managed fields
            .id()
            .field("created_at", .datetime)
            // data fields
            .field("password_hash", .string)
            .field("must_change_password", .bool, .required)
            .field("disabled", .bool, .required)
            .field("password_set_at", .datetime)
            .field("last_sign_in_at", .datetime)
            // relationships
            .field("staff_member_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            // constraints
            .unique(on: "staff_member_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("accounts").delete()
    }
}
