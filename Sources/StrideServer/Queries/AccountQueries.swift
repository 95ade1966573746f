import Fluent
import Foundation
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
        let accounts: Int?
        let no_password: Int?
        let one_time: Int?
        let disabled: Int?
        let active: Int?
    }

    /// Only accounts are read row by row: active people without one are the active count
    /// (kept by the database) less the active people who have one. The person is looked up per
    /// account (EXISTS), not joined: joined, SQLite's planner walked every staff row instead.
    static func stateCounts(on db: any Database) async throws -> StateCounts {
        let row = try await db.sql().raw("""
            SELECT
              COUNT(*) AS accounts,
              SUM(CASE WHEN a.password_hash IS NULL THEN 1 ELSE 0 END) AS no_password,
              SUM(CASE WHEN a.password_hash IS NOT NULL AND a.must_change_password = \(bind: true) AND a.disabled = \(bind: false) THEN 1 ELSE 0 END) AS one_time,
              SUM(CASE WHEN a.disabled = \(bind: true) THEN 1 ELSE 0 END) AS disabled,
              SUM(CASE WHEN a.password_hash IS NOT NULL AND a.must_change_password = \(bind: false) AND a.disabled = \(bind: false) THEN 1 ELSE 0 END) AS active
            FROM accounts a
            WHERE EXISTS (SELECT 1 FROM staff_members s WHERE s.id = a.staff_member_id AND s.status = \(bind: EmploymentStatus.active.rawValue))
            """).first(decoding: Row.self)
        let withoutAccount = try await StaffCountsQuery.total(activeOnly: true, on: db) - (row?.accounts ?? 0)
        return StateCounts(withoutPassword: withoutAccount + (row?.no_password ?? 0), oneTimeIssued: row?.one_time ?? 0,
                           disabled: row?.disabled ?? 0, active: row?.active ?? 0)
    }
}

extension AccountQueries {
    /// The account panel of a profile: the account's state and the roles HR has given.
    static func panel(for staff: StaffRecord, on db: any Database) async throws -> AccountPanel {
        let account = try await Account.query(on: db).filter(\.$staffMember.$id == staff.id).first()
        let grants = try await RoleGrant.query(on: db).filter(\.$staffMember.$id == staff.id).all().map(\.role)
        let state = AccountPanel.AccountState(exists: account != nil, hasPassword: account?.passwordHash != nil,
                                              disabled: account?.disabled ?? false,
                                              mustChangePassword: account?.mustChangePassword ?? false)
        return AccountPanel(staff: staff, account: state, grants: grants)
    }
}

extension AccountQueries {
    /// Active staff (of one unit, or all) to give one-time passwords to: those with no usable
    /// password, or with `includingUsable` everyone; never `excluded`.
    static func batchCandidates(unit: UUID?, includingUsable: Bool, excluding excluded: UUID,
                                on db: any Database) async throws -> [StaffMember] {
        let query = StaffMember.query(on: db).filter(\.$status == .active).filter(\.$id != excluded).sort(\.$name)
        if let unit { query.filter(\.$unit.$id == unit) }
        let staff = try await query.all()
        guard !includingUsable else { return staff }
        let usable = Set(try await Account.query(on: db).filter(\.$passwordHash != nil).all().map(\.$staffMember.id))
        return staff.filter { !usable.contains($0.id!) }
    }
}
