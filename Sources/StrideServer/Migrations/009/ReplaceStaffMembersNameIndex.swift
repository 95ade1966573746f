import Fluent
import SQLKit

/// The directory lists people by name and id, active staff only for most viewers. On the old
/// index of names alone SQLite sorted every active person for each page; this one hands the page
/// over in order and holds the status too. Name leads on purpose: led by status, it would tempt
/// SQLite's planner (which has no statistics) away from the supervisor index for a person's
/// active reports.
struct ReplaceStaffMembersNameIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("staff_members_name_id_status", on: "staff_members", "name", "id", "status")
        try await database.sql().drop(index: "staff_members_name").run()
    }

    func revert(on database: any Database) async throws {
        try await database.createIndex("staff_members_name", on: "staff_members", "name")
        try await database.sql().drop(index: "staff_members_name_id_status").run()
    }
}
