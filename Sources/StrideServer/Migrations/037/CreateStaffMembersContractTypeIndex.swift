import Fluent
import SQLKit

/// Who is on a contract type and active: the probation pipeline on the HR dashboard.
struct CreateStaffMembersContractTypeIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("staff_members_contract_type_status", on: "staff_members", "contract_type", "status")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "staff_members_contract_type_status").run()
    }
}
