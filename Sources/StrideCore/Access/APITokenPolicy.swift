import Foundation

/// A personal access token: whose it is and what kind.
public struct APITokenSubject: AccessSubject, Equatable {
    public typealias Policy = APITokenPolicy
    public let ownerID: UUID
    public let kind: TokenKind

    public init(ownerID: UUID, kind: TokenKind) {
        self.ownerID = ownerID
        self.kind = kind
    }
}

/// Everyone makes, lists and revokes their own personal tokens, which act as they do. Only HR
/// administrators make service tokens (which act as HR, for integrations), and any HR
/// administrator may revoke one, so one leaving does not strand a live integration token. Nobody
/// revokes another person's personal token but HR, who may need to cut off a leaked one.
public enum APITokenPolicy: AccessPolicy {
    public enum Action: Sendable { case create, view, revoke }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: APITokenSubject) -> AccessDecision {
        switch (action, subject.kind) {
        case (.create, .personal): viewer.staffID == subject.ownerID ? .allowed : .forbidden
        case (.create, .service): viewer.staffID == subject.ownerID ? .hrOnly(viewer) : .forbidden
        case (.view, _), (.revoke, .personal): viewer.staffID == subject.ownerID ? .allowed : .hrOnly(viewer)
        case (.revoke, .service): .hrOnly(viewer)
        }
    }
}
