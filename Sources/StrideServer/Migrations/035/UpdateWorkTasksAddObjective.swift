import Fluent
import SQLKit

/// The workgroup objective a task serves, when it serves one.
struct UpdateWorkTasksAddObjective: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("work_tasks")
            .field("objective_id", .uuid, .references("workgroup_objectives", "id", onDelete: .setNull)).update()
        try await database.createIndex("work_tasks_objective_id", on: "work_tasks", "objective_id")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "work_tasks_objective_id").run()
        try await database.schema("work_tasks").deleteField("objective_id").update()
    }
}
