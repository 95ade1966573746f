import Fluent
import Foundation
import SQLKit
import StrideCore

/// Who is behind a session: the person, whether their account may be used, and the roles that
/// follow (granted, or from having reports or heading a unit). The session read fetches these
/// columns with the session row itself (`WebSessionStore.readSession`), and a token's read with the
/// token (`APITokenService.authenticate`), so a signed-in request costs one query; a responsible
/// chief's units come from `HeadedUnitsCache` while the unit tree's fingerprint, read in the same
/// row, is unchanged.
enum SignedInUserQuery {
    /// The person's columns; all nil when the session belongs to nobody (or to someone since removed).
    struct Row: Decodable {
        let name: String?
        let email: String?
        let active: Int?
        let has_account: Int?
        let disabled: Int?
        let has_password: Int?
        let must_change_password: Int?
        let is_hr: Int?
        let is_board: Int?
        let is_manager: Int?
        /// The unit tree's fingerprint (`HeadedUnitsCache.fingerprint`) for a responsible chief;
        /// nil for anyone heading no unit.
        let unit_tree: String?
        /// The person's unread notifications, where the read asked (`unreadColumn`).
        let unread: Int?
    }

    /// The person's unread notifications for `Row.unread`: the session read asks, since every
    /// page's header shows them (a redirect or a download does not, but the count is one probe of
    /// the recipient index, cheaper than a statement of its own on each page); a token's read does not.
    static let unreadColumn: SQLQueryString = """
        (SELECT COUNT(*) FROM notifications n WHERE n.recipient_id = s.id AND n.read_at IS NULL) AS unread
        """

    /// The select list for `Row`, over `staff_members s LEFT JOIN accounts a`.
    static var columns: SQLQueryString {
        let active = EmploymentStatus.active.rawValue
        return """
            s.name, s.email,
            CASE WHEN s.status = \(bind: active) THEN 1 ELSE 0 END AS active,
            CASE WHEN a.id IS NULL THEN 0 ELSE 1 END AS has_account,
            CASE WHEN a.disabled = \(bind: true) THEN 1 ELSE 0 END AS disabled,
            CASE WHEN a.password_hash IS NOT NULL THEN 1 ELSE 0 END AS has_password,
            CASE WHEN a.must_change_password = \(bind: true) THEN 1 ELSE 0 END AS must_change_password,
            CASE WHEN EXISTS (SELECT 1 FROM role_grants g WHERE g.staff_member_id = s.id AND g.role = \(bind: Role.hrAdministrator.rawValue)) THEN 1 ELSE 0 END AS is_hr,
            CASE WHEN EXISTS (SELECT 1 FROM role_grants g WHERE g.staff_member_id = s.id AND g.role = \(bind: Role.reportsBoardMember.rawValue)) THEN 1 ELSE 0 END AS is_board,
            CASE WHEN EXISTS (SELECT 1 FROM staff_members r WHERE r.supervisor_id = s.id AND r.status = \(bind: active)) THEN 1 ELSE 0 END AS is_manager,
            CASE WHEN EXISTS (SELECT 1 FROM organisational_units u WHERE u.chief_id = s.id) THEN (\(HeadedUnitsCache.fingerprint)) END AS unit_tree
            """
    }

    static func load(_ staffID: UUID, on db: any Database, cache: HeadedUnitsCache) async throws -> SignedInUser? {
        guard let row = try await db.sql().raw("""
            SELECT \(columns) FROM staff_members s LEFT JOIN accounts a ON a.staff_member_id = s.id
            WHERE s.id = \(bind: staffID)
            """).first(decoding: Row.self) else { return nil }
        return try await user(staffID, from: row, on: db, cache: cache)
    }

    /// The signed-in user the row describes, or nil when it may not be used to sign in.
    static func user(_ staffID: UUID, from row: Row, on db: any Database, cache: HeadedUnitsCache) async throws -> SignedInUser? {
        guard let name = row.name, let email = row.email, row.has_account == 1,
              SignInPolicy.maySignIn(isActive: row.active == 1, isDisabled: row.disabled == 1, hasPassword: row.has_password == 1)
        else { return nil }
        var roles: Set<Role> = [.staffMember]
        if row.is_hr == 1 { roles.insert(.hrAdministrator) }
        if row.is_board == 1 { roles.insert(.reportsBoardMember) }
        if row.is_manager == 1 { roles.insert(.manager) }
        var headed: Set<UUID> = []
        if let tree = row.unit_tree {
            headed = try await cache.units(headedBy: staffID, tree: tree, on: db)
            roles.insert(.responsibleChief)
        }
        return SignedInUser(staffID: staffID, name: name, email: email, mustChangePassword: row.must_change_password == 1,
                            viewer: Viewer(staffID: staffID, roles: roles, chiefOfUnits: headed), unreadNotifications: row.unread)
    }
}
