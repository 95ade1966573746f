import Fluent
import Foundation
import StrideCore

/// What a profile and the home page show of a person: their facts and unit, their supervisor,
/// their active direct reports and their workgroups.
struct StaffProfileData: Sendable {
    let person: StaffRows.Listed
    let supervisor: StaffRows.Listed?
    let reports: [StaffRows.Person]
    let memberships: [WorkgroupQueries.Listed]
    let contractChanges: [ContractHistories.Row]
    let role: RoleProfileQueries.Choice?

    var staff: StaffRecord { person.record }
}

enum StaffProfileQuery {
    /// Five queries at most whatever the size of the team: the person with their supervisor,
    /// the reports, the workgroups, the changes of contract type, their role. Nil when nobody
    /// has this id.
    static func load(_ id: UUID, on db: any Database) async throws -> StaffProfileData? {
        guard let found = try await StaffRows.personAndSupervisor(id, on: db) else { return nil }
        return StaffProfileData(
            person: found.person, supervisor: found.supervisor,
            reports: try await StaffRows.directReports(of: id, on: db),
            memberships: try await WorkgroupQueries.listed(on: db, memberID: id),
            contractChanges: try await ContractHistories.rows(of: [id], on: db),
            role: try await found.person.roleID.asyncMap { try await RoleProfileQueries.choice($0, on: db) } ?? nil)
    }
}
