import Fluent
import Foundation
import StrideCore

/// Reads of workgroups for lists and the home page.
enum WorkgroupQueries {
    /// Workgroup rows, optionally only those someone belongs to; members counted in one query.
    static func rows(on db: any Database, memberID: UUID? = nil) async throws -> [WorkgroupRow] {
        let query = Workgroup.query(on: db).with(\.$lead).sort(\.$name)
        if let memberID {
            let ids = try await WorkgroupMembership.query(on: db).filter(\.$staffMember.$id == memberID).all()
                .map(\.$workgroup.id)
            query.filter(\.$id ~~ ids)
        }
        let groups = try await query.all()
        let memberships = try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id ~~ groups.compactMap(\.id)).all()
        let counts = Dictionary(grouping: memberships, by: { $0.$workgroup.id }).mapValues(\.count)
        return try groups.map { group in
            WorkgroupRow(try group.record(), leadName: group.lead.name, memberCount: counts[group.id!] ?? 0)
        }
    }

    static func isMember(_ staffID: UUID, of groupID: UUID, on db: any Database) async throws -> Bool {
        try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == groupID).filter(\.$staffMember.$id == staffID)
            .first() != nil
    }

    /// A workgroup's members with their roles, by name.
    static func members(of groupID: UUID, on db: any Database) async throws -> [(staff: StaffRecord, role: String)] {
        let memberships = try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == groupID)
            .join(StaffMember.self, on: \WorkgroupMembership.$staffMember.$id == \StaffMember.$id)
            .sort(StaffMember.self, \.$name).all()
        return try memberships.map { (try $0.joined(StaffMember.self).record(), $0.role) }
    }
}
