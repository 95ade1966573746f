import Fluent

/// The agreed criteria an objective is monitored against, and the readings recorded of each.
struct CreatePerformanceCriteria: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("performance_criteria")
            // managed fields
            .id()
            .field("created_at", .datetime)
            // data fields
            .field("position", .int, .required)
            .field("indicator", .string, .required)
            .field("unit", .string, .required)
            .field("baseline", .double, .required)
            .field("target", .double, .required)
            .field("due_on", .string, .required)
            .field("weight", .double, .required)
            // relationships
            .field("objective_id", .uuid, .required, .references("workgroup_objectives", "id", onDelete: .cascade))
            .create()
        try await database.createIndex("performance_criteria_objective", on: "performance_criteria", "objective_id", "position")
        try await database.schema("criterion_readings")
            // managed fields
            .id()
            .field("recorded_at", .datetime, .required)
            .field("recorded_by", .uuid, .references("staff_members", "id", onDelete: .setNull))
            // data fields
            .field("value", .double, .required)
            .field("measured_on", .string, .required)
            .field("comment", .string)
            // relationships
            .field("criterion_id", .uuid, .required, .references("performance_criteria", "id", onDelete: .cascade))
            .create()
        // A criterion's readings in date order: its trend, and the latest for its progress.
        try await database.createIndex("criterion_readings_criterion", on: "criterion_readings", "criterion_id", "measured_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("criterion_readings").delete()
        try await database.schema("performance_criteria").delete()
    }
}
