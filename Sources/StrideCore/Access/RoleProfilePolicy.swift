import Foundation

/// The organisation's job roles: the list, one role, adding and changing them.
public struct RoleProfiles: AccessSubject, Equatable {
    public typealias Policy = RoleProfilePolicy
    public init() {}
}

/// Job roles and the skills they require are open to everyone signed in (people see what
/// their role asks of them and of others); HR administrators maintain them.
public enum RoleProfilePolicy: AccessPolicy {
    public enum Action: Sendable { case view, edit }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: RoleProfiles) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .edit: .hrOnly(viewer)
        }
    }
}
