import Fluent

/// When a temporary workgroup starts (its end date was already kept).
struct UpdateWorkgroupsAddStartDate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("workgroups").field("start_date", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("workgroups").deleteField("start_date").update()
    }
}
