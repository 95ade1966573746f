import Fluent
import StrideCore
import Vapor

/// The person behind a request, with what access decisions need, loaded once per request.
struct SignedInUser: Sendable {
    let staffID: UUID
    let name: String
    let email: String
    let mustChangePassword: Bool
    let viewer: Viewer

    var roles: Set<Role> { viewer.roles }

    /// Loads roles: grants from the database, manager and responsible chief from the organisation.
    static func load(staff: StaffMember, account: Account, on db: any Database) async throws -> SignedInUser {
        let id = try staff.requireID()
        var roles: Set<Role> = [.staffMember]
        let grants = try await RoleGrant.query(on: db).filter(\.$staffMember.$id == id).all()
        roles.formUnion(grants.map(\.role))
        if try await StaffMember.query(on: db).filter(\.$supervisor.$id == id).filter(\.$status == .active).first() != nil {
            roles.insert(.manager)
        }
        let headed = try await OrganisationQueries.unitsHeaded(by: id, on: db)
        if !headed.isEmpty { roles.insert(.responsibleChief) }
        return SignedInUser(staffID: id, name: staff.name, email: staff.email,
                            mustChangePassword: account.mustChangePassword,
                            viewer: Viewer(staffID: id, roles: roles, chiefOfUnits: Set(headed)))
    }
}

extension Request {
    private struct UserKey: StorageKey { typealias Value = SignedInUser }

    var signedInUser: SignedInUser? {
        get { storage[UserKey.self] }
        set { storage[UserKey.self] = newValue }
    }

    /// The signed-in person; routes behind `RequireSignIn` can rely on it.
    func requireUser() throws -> SignedInUser {
        guard let user = signedInUser else { throw StrideError.notSignedIn }
        return user
    }

    /// Whether this request wants JSON back rather than a page: anything under /api/, or a
    /// client whose first choice is `application/json` itself. `*/*` (curl, most libraries,
    /// and a browser's fallback) matches JSON by wildcard but asks for nothing in particular.
    var wantsJSON: Bool {
        guard !url.path.hasPrefix("/api/") else { return true }
        guard let first = headers.accept.first?.mediaType else { return false }
        return first.type == "application" && first.subType == "json"
    }
}

extension Account {
    /// Whether this account may be signed in with, for this staff member.
    func maySignIn(as staff: StaffMember) -> Bool {
        SignInPolicy.maySignIn(isActive: staff.status == .active, isDisabled: disabled, hasPassword: passwordHash != nil)
    }
}
