import Fluent

/// The monitoring check-ins recorded on an improvement plan.
struct CreateImprovementPlanCheckIns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("improvement_plan_check_ins")
            // managed fields
            .id()
            .field("written_at", .datetime, .required)
            .field("author_id", .uuid)
            // data fields
            .field("note", .string, .required)
            // relationships
            .field("plan_id", .uuid, .required, .references("improvement_plans", "id", onDelete: .cascade))
            .create()
        // A plan's check-ins, in order.
        try await database.createIndex("improvement_plan_check_ins_plan", on: "improvement_plan_check_ins", "plan_id", "written_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("improvement_plan_check_ins").delete()
    }
}
