import Fluent
import SQLKit

/// Counting a unit's active staff (the unit tree) and the active staff as a whole (accounts)
/// reads this index alone, instead of every staff row.
struct CreateStaffMembersStatusUnitIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("staff_members_status_unit_id", on: "staff_members", "status", "unit_id")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "staff_members_status_unit_id").run()
    }
}
