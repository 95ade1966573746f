import Foundation

/// A workgroup, with its lead.
public struct WorkgroupSubject: AccessSubject, Equatable {
    public typealias Policy = WorkgroupPolicy
    public let workgroupID: UUID
    public let leadID: UUID

    public init(workgroupID: UUID, leadID: UUID) {
        self.workgroupID = workgroupID
        self.leadID = leadID
    }
}

/// Workgroups, their purpose and members are visible to everyone signed in; HR administrators
/// form and change them. A workgroup's lead manages its members (SFIA: teams are formed and
/// work allocated by those who lead them), but does not change what the workgroup is for.
public enum WorkgroupPolicy: AccessPolicy {
    public enum Action: Sendable { case view, edit, manageMembers }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: WorkgroupSubject) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .edit: .hrOnly(viewer)
        case .manageMembers: viewer.staffID == subject.leadID ? .allowed : .hrOnly(viewer)
        }
    }
}

/// All workgroups: the list, and forming a new one.
public struct WorkgroupDirectory: AccessSubject, Equatable {
    public typealias Policy = WorkgroupDirectoryPolicy
    public init() {}
}

public enum WorkgroupDirectoryPolicy: AccessPolicy {
    public enum Action: Sendable { case view, form }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: WorkgroupDirectory) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .form: .hrOnly(viewer)
        }
    }
}
