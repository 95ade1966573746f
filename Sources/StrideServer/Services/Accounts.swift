import Fluent
import StrideCore
import Vapor

/// Account changes made by HR or by the account holder, each recorded in the audit trail.
enum Accounts {
    /// Issues a fresh one-time password for each person, replacing any password they had.
    /// Returns the plain passwords, which exist only in this return value: Stride stores hashes.
    static func issueOneTimePasswords(
        for staff: [StaffMember], by actor: UUID?, app: Application, on db: any Database
    ) async throws -> [(StaffMember, String)] {
        let now = app.clock.now()
        let ids = try staff.map { try $0.requireID() }
        let existing = try await Account.query(on: db).filter(\.$staffMember.$id ~~ ids).all()
        let accountByStaff = Dictionary(existing.map { ($0.$staffMember.id, $0) }, uniquingKeysWith: { first, _ in first })
        // bcrypt is slow on purpose: hash everything first, so the write transaction (and
        // SQLite's single write lock) is held only for the short writes.
        var hashed: [(StaffMember, String, String)] = []
        for person in staff {
            let password = OneTimePassword.generate()
            hashed.append((person, password, try await app.password.async.hash(password).get()))
        }
        let prepared = hashed
        return try await db.transaction { db in
            var issued: [(StaffMember, String)] = []
            for (person, password, hash) in prepared {
                let id = try person.requireID()
                let account = accountByStaff[id] ?? Account(staffMemberID: id)
                account.passwordHash = hash
                account.mustChangePassword = true
                account.passwordSetAt = now
                try await account.save(on: db)
                // A new password from HR (say, after a lost device) ends the person's open sessions.
                try await WebSessionStore.endSessions(of: id, on: db)
                try await db.audit("issue_one_time_password", "staff_member", id: id, by: actor, at: now,
                                   "One-time password issued to \(person.name) (\(person.staffNumber))")
                issued.append((person, password))
            }
            return issued
        }
    }

    /// The holder chooses their own password; it is no longer a one-time password. Their other
    /// sessions end: whoever might have known the old password is signed out everywhere.
    static func setOwnPassword(_ password: String, staffID: UUID, keeping current: SessionID?,
                               app: Application, on db: any Database) async throws {
        guard let account = try await Account.query(on: db).filter(\.$staffMember.$id == staffID).first() else {
            throw StrideError.notFound("The account")
        }
        let now = app.clock.now()
        account.passwordHash = try await app.password.async.hash(password).get()
        account.mustChangePassword = false
        account.passwordSetAt = now
        try await db.transaction { db in
            try await account.save(on: db)
            try await WebSessionStore.endSessions(of: staffID, except: current, on: db)
            try await db.audit("change_password", "staff_member", id: staffID, by: staffID, at: now, "Password changed")
        }
    }

    static func setDisabled(_ disabled: Bool, staff: StaffMember, by actor: UUID, app: Application, on db: any Database) async throws {
        let id = try staff.requireID()
        let account = try await Account.query(on: db).filter(\.$staffMember.$id == id).first() ?? Account(staffMemberID: id)
        account.disabled = disabled
        let now = app.clock.now()
        try await db.transaction { db in
            try await account.save(on: db)
            if disabled { try await WebSessionStore.endSessions(of: id, on: db) }
            try await db.audit(disabled ? "disable_account" : "enable_account", "staff_member", id: id, by: actor, at: now,
                               "Account \(disabled ? "disabled" : "enabled") for \(staff.name)")
        }
    }

    /// Sets exactly these granted roles for a person.
    static func setGrantedRoles(_ roles: Set<Role>, staff: StaffMember, by actor: UUID, app: Application, on db: any Database) async throws {
        let id = try staff.requireID()
        let wanted = roles.filter(\.isGrantable)
        let now = app.clock.now()
        try await db.transaction { db in
            let current = try await RoleGrant.query(on: db).filter(\.$staffMember.$id == id).all()
            for grant in current where !wanted.contains(grant.role) {
                try await grant.delete(on: db)
                try await db.audit("revoke_role", "staff_member", id: id, by: actor, at: now, "\(grant.role.displayName) role removed from \(staff.name)")
            }
            for role in wanted.subtracting(current.map(\.role)).sorted() {
                try await RoleGrant(staffMemberID: id, role: role, grantedByID: actor).create(on: db)
                try await db.audit("grant_role", "staff_member", id: id, by: actor, at: now, "\(role.displayName) role given to \(staff.name)")
            }
        }
    }
}
