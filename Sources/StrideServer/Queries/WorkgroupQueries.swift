import Fluent
import Foundation
import SQLKit
import StrideCore

/// Reads of workgroups for lists and the home page.
enum WorkgroupQueries {
    /// A workgroup as lists show it, with its lead's name and member count, and the role of
    /// the person whose groups were asked for.
    struct Listed: Sendable {
        let record: WorkgroupRecord
        let leadName: String
        let memberCount: Int
        let role: String?

        var row: WorkgroupRow { WorkgroupRow(record, leadName: leadName, memberCount: memberCount) }
    }

    private struct Row: Decodable {
        let id: UUID
        let name: String
        let kind: WorkgroupKind
        let purpose: String
        let start_date: CalendarDate?
        let end_date: CalendarDate?
        let lead_id: UUID
        let lead_name: String
        let member_count: Int
        let role: String?
    }

    /// Every workgroup, or those someone belongs to (with their role), by name: one query,
    /// members counted per group on the membership index.
    static func listed(on db: any Database, memberID: UUID? = nil) async throws -> [Listed] {
        let membership: SQLQueryString = memberID.map {
            "JOIN workgroup_memberships m ON m.workgroup_id = w.id AND m.staff_member_id = \(bind: $0)"
        } ?? ""
        let role: SQLQueryString = memberID == nil ? "NULL AS role" : "m.role AS role"
        let rows = try await db.sql().raw("""
            SELECT w.id, w.name, w.kind, w.purpose, w.start_date, w.end_date, w.lead_id, l.name AS lead_name, \(role),
              (SELECT COUNT(*) FROM workgroup_memberships c WHERE c.workgroup_id = w.id) AS member_count
            FROM workgroups w JOIN staff_members l ON l.id = w.lead_id \(membership)
            ORDER BY w.name, w.id
            """).all(decoding: Row.self)
        return rows.map { row in
            let details = WorkgroupDetails(name: row.name, kind: row.kind, purpose: row.purpose, startDate: row.start_date, endDate: row.end_date)
            return Listed(record: WorkgroupRecord(id: row.id, details: details, leadID: row.lead_id),
                          leadName: row.lead_name, memberCount: row.member_count, role: row.role)
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
