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

/// Workgroups, their purpose, members and tasks are visible to everyone signed in; HR
/// administrators form and change them. A workgroup's lead manages its members, the skills the
/// work needs and its tasks (SFIA: teams are formed and work allocated by those who lead them),
/// but does not change what the workgroup is for. The skills matrix and the ranking for a task
/// rest on people's confirmed levels, which are assessment data: only the lead and HR see them,
/// and even they see a member's own levels only where they may open the member's record
/// (`StaffPolicy`); the others count towards coverage and rank without their levels being shown,
/// so adding someone to a workgroup never discloses their assessment.
public enum WorkgroupPolicy: AccessPolicy {
    public enum Action: Sendable { case view, edit, manageMembers, viewSkills, manageNeeds, allocate }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: WorkgroupSubject) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .edit: .hrOnly(viewer)
        case .manageMembers, .viewSkills, .manageNeeds, .allocate: viewer.staffID == subject.leadID ? .allowed : .hrOnly(viewer)
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

/// A task of a workgroup, with who it is assigned to.
public struct WorkTaskSubject: AccessSubject, Equatable {
    public typealias Policy = WorkTaskPolicy
    public let workgroup: WorkgroupSubject
    public let assigneeID: UUID?

    public init(workgroup: WorkgroupSubject, assigneeID: UUID?) {
        self.workgroup = workgroup
        self.assigneeID = assigneeID
    }
}

/// The person a task is assigned to moves it along (started, done); the lead and HR may too.
public enum WorkTaskPolicy: AccessPolicy {
    public enum Action: Sendable { case updateStatus }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: WorkTaskSubject) -> AccessDecision {
        switch action {
        case .updateStatus: viewer.staffID == subject.assigneeID ? .allowed : WorkgroupPolicy.decide(viewer, .allocate, subject.workgroup)
        }
    }
}
