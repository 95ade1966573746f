import Fluent
import SQLKit

/// Counting each unit's active staff (the unit tree) reads this index alone, instead of every
/// staff row. Status is its second column on purpose: led by status, the index would tempt
/// SQLite's planner (which has no statistics) away from the supervisor index for "has active
/// reports", scanning every active person on every request.
struct CreateStaffMembersUnitStatusIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("staff_members_unit_id_status", on: "staff_members", "unit_id", "status")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "staff_members_unit_id_status").run()
    }
}
