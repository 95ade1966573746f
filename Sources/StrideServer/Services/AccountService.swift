import Fluent
import StrideCore
import Vapor

/// Account changes made by HR or by the account holder, each in one transaction with its
/// audit event.
enum AccountService {
    /// Issues a fresh one-time password for each person, replacing any password they had.
    /// Returns the plain passwords, which exist only in this return value: Stride stores hashes.
    static func issueOneTimePasswords(for staff: [StaffMember], in context: ServiceContext) async throws -> [(StaffMember, String)] {
        let ids = try staff.map { try $0.requireID() }
        let existing = try await Account.query(on: context.db).filter(\.$staffMember.$id ~~ ids).all()
        let accountByStaff = Dictionary(existing.map { ($0.$staffMember.id, $0) }, uniquingKeysWith: { first, _ in first })
        // bcrypt is slow on purpose: hash everything first, so the write transaction (and
        // SQLite's single write lock) is held only for the short writes.
        var hashed: [(StaffMember, String, String)] = []
        for person in staff {
            let password = OneTimePassword.generate()
            hashed.append((person, password, try await context.passwords.hash(password)))
        }
        let prepared = hashed
        return try await context.transaction { context in
            var issued: [(StaffMember, String)] = []
            for (person, password, hash) in prepared {
                let id = try person.requireID()
                let account = accountByStaff[id] ?? Account(id: context.newID(), staffMemberID: id)
                account.passwordHash = hash
                account.mustChangePassword = true
                account.passwordSetAt = context.now
                try await account.save(on: context.db)
                // A new password from HR (say, after a lost device) ends the person's open sessions.
                try await WebSessionStore.endSessions(of: id, on: context.db)
                try await context.audit(.issueOneTimePassword, .staffMember, id: id,
                                        "One-time password issued to \(person.name) (\(person.staffNumber))")
                issued.append((person, password))
            }
            return issued
        }
    }

    /// A person's choice of a new password, as the form gives it.
    struct PasswordChange: Sendable {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    /// The holder chooses their own password; it is no longer a one-time password. Their other
    /// sessions end: whoever might have known the old password is signed out everywhere.
    static func changeOwnPassword(
        _ change: PasswordChange, for user: SignedInUser, keeping current: SessionID?, in context: ServiceContext
    ) async throws -> Result<Void, FieldErrors> {
        guard let account = try await Account.query(on: context.db).filter(\.$staffMember.$id == user.staffID).first() else {
            throw StrideError.notFound("The account")
        }
        var errors: [FieldError] = []
        let typed = change.currentPassword ?? ""
        if typed.isEmpty {
            errors.append(FieldError("currentPassword", user.mustChangePassword ? "Enter the one-time password you were given" : "Enter your current password"))
        } else if try await !(account.passwordHash.asyncMap { try await context.passwords.verify(typed, against: $0) } ?? false) {
            errors.append(FieldError("currentPassword", "The current password is not correct"))
        }
        errors += PasswordPolicy.validateNew(change.newPassword, confirmation: change.confirmPassword, email: user.email,
                                            current: change.currentPassword)
        guard errors.isEmpty, let password = change.newPassword else { return .failure(FieldErrors(errors)) }
        account.passwordHash = try await context.passwords.hash(password)
        account.mustChangePassword = false
        account.passwordSetAt = context.now
        try await context.transaction { context in
            try await account.save(on: context.db)
            try await WebSessionStore.endSessions(of: user.staffID, except: current, on: context.db)
            try await context.audit(.changePassword, .staffMember, id: user.staffID, "Password changed")
        }
        return .success(())
    }

    static func setDisabled(_ disabled: Bool, staff: StaffMember, in context: ServiceContext) async throws {
        let id = try staff.requireID()
        let account = try await Account.query(on: context.db).filter(\.$staffMember.$id == id).first()
            ?? Account(id: context.newID(), staffMemberID: id)
        account.disabled = disabled
        try await context.transaction { context in
            try await account.save(on: context.db)
            if disabled { try await WebSessionStore.endSessions(of: id, on: context.db) }
            try await context.audit(disabled ? .disableAccount : .enableAccount, .staffMember, id: id,
                                    "Account \(disabled ? "disabled" : "enabled") for \(staff.name)")
        }
    }

    /// Sets exactly these granted roles for a person.
    static func setGrantedRoles(_ roles: Set<Role>, staff: StaffMember, in context: ServiceContext) async throws {
        let id = try staff.requireID()
        let wanted = roles.filter(\.isGrantable)
        try await context.transaction { context in
            let current = try await RoleGrant.query(on: context.db).filter(\.$staffMember.$id == id).all()
            for grant in current where !wanted.contains(grant.role) {
                try await grant.delete(on: context.db)
                try await context.audit(.revokeRole, .staffMember, id: id, "\(grant.role.displayName) role removed from \(staff.name)")
            }
            for role in wanted.subtracting(current.map(\.role)).sorted() {
                let grant = RoleGrant(staffMemberID: id, role: role, grantedByID: context.actor)
                grant.id = context.newID()
                try await grant.create(on: context.db)
                try await context.audit(.grantRole, .staffMember, id: id, "\(role.displayName) role given to \(staff.name)")
            }
        }
    }

    /// The roles in a form's checkboxes; an error names any that cannot be given.
    static func grantableRoles(_ raw: [String]) throws -> Set<Role> {
        try Set(raw.map { value in
            guard let role = Role(rawValue: value), role.isGrantable else {
                throw StrideError.badRequest("roles: \(value) is not a role that can be given")
            }
            return role
        })
    }
}
