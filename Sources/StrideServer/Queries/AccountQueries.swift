import Fluent
import SQLKit
import StrideCore

/// Account figures for the HR accounts page, counted in one pass by the database.
enum AccountQueries {
    struct StateCounts: Decodable {
        let withoutPassword: Int
        let oneTimeIssued: Int
        let disabled: Int
        let active: Int
    }

    private struct Row: Decodable {
        let no_password: Int?
        let one_time: Int?
        let disabled: Int?
        let active: Int?
    }

    static func stateCounts(on db: any Database) async throws -> StateCounts {
        let row = try await db.sql().raw("""
            SELECT
              SUM(CASE WHEN a.id IS NULL OR a.password_hash IS NULL THEN 1 ELSE 0 END) AS no_password,
              SUM(CASE WHEN a.password_hash IS NOT NULL AND a.must_change_password = \(bind: true) AND a.disabled = \(bind: false) THEN 1 ELSE 0 END) AS one_time,
              SUM(CASE WHEN a.disabled = \(bind: true) THEN 1 ELSE 0 END) AS disabled,
              SUM(CASE WHEN a.password_hash IS NOT NULL AND a.must_change_password = \(bind: false) AND a.disabled = \(bind: false) THEN 1 ELSE 0 END) AS active
            FROM staff_members s LEFT JOIN accounts a ON a.staff_member_id = s.id
            WHERE s.status = \(bind: EmploymentStatus.active.rawValue)
            """).first(decoding: Row.self)
        return StateCounts(withoutPassword: row?.no_password ?? 0, oneTimeIssued: row?.one_time ?? 0,
                           disabled: row?.disabled ?? 0, active: row?.active ?? 0)
    }
}
