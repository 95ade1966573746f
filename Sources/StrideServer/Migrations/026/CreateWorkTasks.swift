import Fluent

/// Tasks a workgroup's lead allocates to its members by capability, with the skills each needs.
struct CreateWorkTasks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("work_tasks")
            // managed fields
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("created_by", .uuid)
            // data fields
            .field("title", .string, .required)
            .field("description", .string)
            .field("due_on", .string, .required)
            .field("status", .string, .required)
            .field("record_version", .int, .required)
            // relationships
            .field("workgroup_id", .uuid, .required, .references("workgroups", "id", onDelete: .cascade))
            .field("assignee_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .create()
        // A member's tasks by status: the home page, and their load when work is allocated.
        try await database.createIndex("work_tasks_assignee_status", on: "work_tasks", "assignee_id", "status")
        // A workgroup's tasks on its page.
        try await database.createIndex("work_tasks_workgroup_due", on: "work_tasks", "workgroup_id", "due_on")
        try await database.schema("work_task_requirements")
            // managed fields
            .id()
            // data fields
            .field("level", .int, .required)
            .field("essential", .bool, .required)
            .field("position", .int, .required)
            // relationships
            .field("work_task_id", .uuid, .required, .references("work_tasks", "id", onDelete: .cascade))
            .field("skill_id", .uuid, .required, .references("skills", "id", onDelete: .cascade))
            .unique(on: "work_task_id", "skill_id")
            .create()
        try await database.createIndex("work_task_requirements_skill_id", on: "work_task_requirements", "skill_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("work_task_requirements").delete()
        try await database.schema("work_tasks").delete()
    }
}
