import Fluent
import StrideCore
import Vapor

/// Whose staff records a person may open, worked out once so lists can mark every row
/// without a query per row.
enum StaffAccessScope {
    case everyone
    case only(Set<UUID>)

    static func load(for user: SignedInUser, on db: any Database) async throws -> StaffAccessScope {
        if user.isHRAdministrator { return .everyone }
        var ids: Set<UUID> = [user.staffID]
        ids.formUnion(try await OrganisationQueries.allReports(of: user.staffID, on: db))
        if !user.viewer.chiefOfUnits.isEmpty {
            let inUnits = try await StaffMember.query(on: db)
                .filter(\.$unit.$id ~~ Array(user.viewer.chiefOfUnits)).field(\.$id).all()
            ids.formUnion(inUnits.compactMap(\.id))
        }
        return .only(ids)
    }

    func contains(_ id: UUID) -> Bool {
        switch self {
        case .everyone: true
        case .only(let ids): ids.contains(id)
        }
    }
}

extension Request {
    /// Loads a staff member the signed-in person may see, or throws 404/403.
    func viewableStaff(_ id: UUID) async throws -> (StaffMember, StaffRelation) {
        let user = try requireUser()
        guard let staff = try await StaffMember.find(id, on: db) else { throw StrideError.notFound("The staff member") }
        let chain = try await OrganisationQueries.supervisorChain(of: id, on: db)
        let subject = StaffSubject(staffID: id, unitID: staff.$unit.id, supervisorChain: chain)
        let relation = AccessPolicy.relation(of: user.viewer, to: subject)
        guard relation != .none else { throw StrideError.forbidden }
        return (staff, relation)
    }
}
