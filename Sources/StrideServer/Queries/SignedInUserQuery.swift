import Fluent
import Foundation
import SQLKit
import StrideCore

/// Who is behind a session, in one query on every signed-in request: the person, whether
/// their account may be used, and the roles that follow (granted, or from having reports or
/// heading a unit). Only a responsible chief needs a second query, for the units below theirs.
enum SignedInUserQuery {
    private struct Row: Decodable {
        let name: String
        let email: String
        let active: Int
        let has_account: Int
        let disabled: Int
        let has_password: Int
        let must_change_password: Int
        let is_hr: Int
        let is_board: Int
        let is_manager: Int
        let is_chief: Int
    }

    static func load(_ staffID: UUID, on db: any Database) async throws -> SignedInUser? {
        let active = EmploymentStatus.active.rawValue
        guard let row = try await db.sql().raw("""
            SELECT s.name, s.email,
              CASE WHEN s.status = \(bind: active) THEN 1 ELSE 0 END AS active,
              CASE WHEN a.id IS NULL THEN 0 ELSE 1 END AS has_account,
              CASE WHEN a.disabled = \(bind: true) THEN 1 ELSE 0 END AS disabled,
              CASE WHEN a.password_hash IS NOT NULL THEN 1 ELSE 0 END AS has_password,
              CASE WHEN a.must_change_password = \(bind: true) THEN 1 ELSE 0 END AS must_change_password,
              CASE WHEN EXISTS (SELECT 1 FROM role_grants g WHERE g.staff_member_id = s.id AND g.role = \(bind: Role.hrAdministrator.rawValue)) THEN 1 ELSE 0 END AS is_hr,
              CASE WHEN EXISTS (SELECT 1 FROM role_grants g WHERE g.staff_member_id = s.id AND g.role = \(bind: Role.reportsBoardMember.rawValue)) THEN 1 ELSE 0 END AS is_board,
              CASE WHEN EXISTS (SELECT 1 FROM staff_members r WHERE r.supervisor_id = s.id AND r.status = \(bind: active)) THEN 1 ELSE 0 END AS is_manager,
              CASE WHEN EXISTS (SELECT 1 FROM organisational_units u WHERE u.chief_id = s.id) THEN 1 ELSE 0 END AS is_chief
            FROM staff_members s LEFT JOIN accounts a ON a.staff_member_id = s.id
            WHERE s.id = \(bind: staffID)
            """).first(decoding: Row.self) else { return nil }
        guard row.has_account == 1,
              SignInPolicy.maySignIn(isActive: row.active == 1, isDisabled: row.disabled == 1, hasPassword: row.has_password == 1)
        else { return nil }
        var roles: Set<Role> = [.staffMember]
        if row.is_hr == 1 { roles.insert(.hrAdministrator) }
        if row.is_board == 1 { roles.insert(.reportsBoardMember) }
        if row.is_manager == 1 { roles.insert(.manager) }
        var headed: [UUID] = []
        if row.is_chief == 1 {
            headed = try await OrganisationQueries.unitsHeaded(by: staffID, on: db)
            roles.insert(.responsibleChief)
        }
        return SignedInUser(staffID: staffID, name: row.name, email: row.email, mustChangePassword: row.must_change_password == 1,
                            viewer: Viewer(staffID: staffID, roles: roles, chiefOfUnits: Set(headed)))
    }
}
