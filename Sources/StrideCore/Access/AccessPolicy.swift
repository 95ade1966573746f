/// What a policy says about one request: go ahead, or why not and how the refusal should look.
public enum AccessDecision: Sendable, Equatable {
    case allowed
    /// Not this person's to see or do.
    case forbidden
    /// Allowed in general but not in this case, for a reason the person can act on
    /// ("You cannot disable your own account").
    case refused(String)
    /// Not even to be told that it exists: the named thing answers as if missing.
    case hidden(String)

    public var isAllowed: Bool { self == .allowed }
}

/// One area's access rules: a pure function of who asks, what they want to do, and to what.
/// Every access decision in Stride is one of these, so the rules can be read and tested in
/// one place; the server only asks.
public protocol AccessPolicy {
    associatedtype Action: Sendable
    associatedtype Subject: AccessSubject
    static func decide(_ viewer: Viewer, _ action: Action, _ subject: Subject) -> AccessDecision
}

/// Something access is asked about. Each kind of subject names its policy, so a call site
/// writes only the action and the subject (`authorize(.edit, staff)`).
public protocol AccessSubject: Sendable {
    associatedtype Policy: AccessPolicy where Policy.Subject == Self
}

extension AccessDecision {
    /// Only HR administrators.
    static func hrOnly(_ viewer: Viewer) -> AccessDecision {
        viewer.isHRAdministrator ? .allowed : .forbidden
    }
}
