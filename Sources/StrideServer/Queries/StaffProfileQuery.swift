import Fluent
import Foundation
import StrideCore

/// What a profile shows besides the person's own facts: their unit, supervisor and workgroups.
struct StaffProfileData: Sendable {
    struct Membership: Sendable {
        let workgroup: WorkgroupRecord
        let role: String
    }

    let staff: StaffRecord
    let unit: UnitRecord?
    let supervisor: StaffRecord?
    let memberships: [Membership]
}

enum StaffProfileQuery {
    static func load(_ staff: StaffMember, on db: any Database) async throws -> StaffProfileData {
        let id = try staff.requireID()
        let unit = try await staff.$unit.get(on: db)
        let supervisor = try await staff.$supervisor.get(on: db)
        let memberships = try await WorkgroupMembership.query(on: db).with(\.$workgroup).filter(\.$staffMember.$id == id).all()
        return StaffProfileData(
            staff: try staff.record(), unit: try unit?.record(), supervisor: try supervisor?.record(),
            memberships: try memberships.map { .init(workgroup: try $0.workgroup.record(), role: $0.role) })
    }

    /// A person's active direct reports, by name.
    static func directReports(of id: UUID, on db: any Database) async throws -> [StaffMember] {
        try await StaffMember.query(on: db).with(\.$unit).filter(\.$supervisor.$id == id).filter(\.$status == .active)
            .sort(\.$name).all()
    }
}
