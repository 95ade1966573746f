import Fluent

/// A document uploaded for import and shown to HR as a report, waiting for confirmation.
/// Kept in the database (not in memory) so the confirming request may reach another server.
struct CreatePendingFrameworkImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pending_framework_imports")
            .id()
            .field("uploaded_by_id", .uuid, .required, .references("staff_members", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("file_name", .string)
            .field("format", .string)
            .field("framework_name", .string)
            .field("framework_version", .string)
            .field("content", .string, .required)
            .create()
        try await database.createIndex("pending_framework_imports_created_at", on: "pending_framework_imports", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_framework_imports").delete()
    }
}
