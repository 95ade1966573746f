import Fluent

/// Recognition given by one colleague to another for a piece of work.
struct CreateRecognitions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("recognitions")
            // managed fields
            .id()
            .field("given_at", .datetime, .required)
            // data fields
            .field("text", .string, .required)
            .field("output_key", .uuid)
            // relationships
            .field("receiver_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("giver_id", .uuid, .references("staff_members", "id", onDelete: .setNull))
            .field("cycle_id", .uuid, .references("appraisal_cycles", "id", onDelete: .setNull))
            .create()
        // A person's recognition, on their profile and beside their End of Cycle.
        try await database.createIndex("recognitions_receiver", on: "recognitions", "receiver_id", "given_at")
        // What a person gave.
        try await database.createIndex("recognitions_giver", on: "recognitions", "giver_id", "given_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("recognitions").delete()
    }
}
