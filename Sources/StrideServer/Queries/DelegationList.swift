import Fluent
import Foundation
import SQLKit
import StrideCore

/// Delegations as the delegations page lists them, newest first: those of staff in the units
/// a chief heads, or all of them for HR.
enum DelegationList {
    struct Row: Decodable, Sendable {
        let id: UUID
        let staff_name: String
        let staff_number: String
        let unit_id: UUID?
        let delegate_name: String
        let delegate_number: String
        let starts_on: CalendarDate
        let ends_on: CalendarDate?
        let revoked_at: Date?
    }

    static let limit = 500

    static func rows(for viewer: Viewer, on db: any Database) async throws -> [Row] {
        let units = Array(viewer.chiefOfUnits)
        let scope: SQLQueryString = viewer.isHRAdministrator ? "1 = 1"
            : units.isEmpty ? "1 = 0" : "s.unit_id IN (\(binds: units))"
        return try await db.sql().raw("""
            SELECT d.id, s.name AS staff_name, s.staff_number, s.unit_id, g.name AS delegate_name, g.staff_number AS delegate_number,
              d.starts_on, d.ends_on, d.revoked_at
            FROM appraisal_delegations d JOIN staff_members s ON s.id = d.staff_member_id JOIN staff_members g ON g.id = d.delegate_id
            WHERE \(scope) ORDER BY d.created_at DESC, d.id LIMIT \(bind: limit)
            """).all(decoding: Row.self)
    }
}
