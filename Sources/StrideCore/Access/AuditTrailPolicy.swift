import Foundation

/// The audit trail: every change, by whom and when.
public struct AuditTrail: AccessSubject, Equatable {
    public typealias Policy = AuditTrailPolicy
    public init() {}
}

/// Only HR reads the whole trail: its summaries name people and what changed in their records.
public enum AuditTrailPolicy: AccessPolicy {
    public enum Action: Sendable { case view }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: AuditTrail) -> AccessDecision {
        .hrOnly(viewer)
    }
}
