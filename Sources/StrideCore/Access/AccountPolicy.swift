import Foundation

/// A person's sign-in account, as account decisions need it.
public struct AccountSubject: AccessSubject, Equatable {
    public typealias Policy = AccountPolicy
    public let staffID: UUID
    public let name: String
    public let isActive: Bool

    public init(staffID: UUID, name: String, isActive: Bool) {
        self.staffID = staffID
        self.name = name
        self.isActive = isActive
    }
}

/// Who may do what to an account. HR administrators issue passwords, disable accounts and
/// give roles, but never lock themselves out: they cannot disable their own account or drop
/// their own HR role (another administrator must). Everyone changes their own password.
public enum AccountPolicy: AccessPolicy {
    public enum Action: Sendable {
        /// Seeing the account's state and the pages about it.
        case view
        case issueOneTimePassword
        case disable
        case enable
        /// Setting exactly these granted roles.
        case setRoles(Set<Role>)
        case changeOwnPassword
    }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: AccountSubject) -> AccessDecision {
        if case .changeOwnPassword = action { return viewer.staffID == subject.staffID ? .allowed : .forbidden }
        guard viewer.isHRAdministrator else { return .forbidden }
        let oneself = viewer.staffID == subject.staffID
        switch action {
        case .issueOneTimePassword where !subject.isActive:
            return .refused("\(subject.name) has separated and cannot be given a password.")
        case .disable where oneself:
            return .refused("You cannot disable your own account.")
        case .setRoles(let roles) where oneself && !roles.contains(.hrAdministrator):
            return .refused("You cannot remove your own HR administrator role; ask another HR administrator.")
        default:
            return .allowed
        }
    }
}

/// Every account at once: the accounts overview and batches of one-time passwords.
public struct AccountDirectory: AccessSubject, Equatable {
    public typealias Policy = AccountDirectoryPolicy
    public init() {}
}

public enum AccountDirectoryPolicy: AccessPolicy {
    public enum Action: Sendable { case view, issueBatch }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: AccountDirectory) -> AccessDecision {
        .hrOnly(viewer)
    }
}

/// Whether an account may be signed in with. Checked at sign-in and again on every request,
/// so disabling an account or a separation takes effect at once.
public enum SignInPolicy {
    public static func maySignIn(isActive: Bool, isDisabled: Bool, hasPassword: Bool) -> Bool {
        isActive && !isDisabled && hasPassword
    }
}
