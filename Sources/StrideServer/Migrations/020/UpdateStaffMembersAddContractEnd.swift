import Fluent

/// The contract end or separation date on a staff record: no appraisal cycle runs past it.
/// Read with the person's record, never searched by, so it has no index.
struct UpdateStaffMembersAddContractEnd: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("staff_members").field("contract_end", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("staff_members").deleteField("contract_end").update()
    }
}
