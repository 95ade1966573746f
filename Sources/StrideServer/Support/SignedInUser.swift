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
    /// Unread notifications as the sign-in found them at the start of the request, if it asked.
    var unreadNotifications: Int? = nil

    var roles: Set<Role> { viewer.roles }
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
