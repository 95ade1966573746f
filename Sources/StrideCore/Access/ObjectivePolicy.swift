import Foundation

/// A workgroup objective, as its policy needs it: its workgroup, owner and members.
public struct ObjectiveSubject: AccessSubject, Equatable {
    public typealias Policy = ObjectivePolicy
    public let workgroup: WorkgroupSubject
    public let ownerID: UUID
    public let memberIDs: Set<UUID>

    public init(workgroup: WorkgroupSubject, ownerID: UUID, memberIDs: Set<UUID>) {
        self.workgroup = workgroup
        self.ownerID = ownerID
        self.memberIDs = memberIDs
    }
}

/// Workgroup objectives are the organisation's shared work: everyone signed in sees them, their
/// criteria and progress. The lead and HR set an objective and its criteria and may override
/// its status (with a reason); the lead, the owner and the members record progress, since they
/// do the work being measured.
public enum ObjectivePolicy: AccessPolicy {
    public enum Action: Sendable { case view, manage, recordProgress, overrideStatus }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: ObjectiveSubject) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .manage, .overrideStatus: WorkgroupPolicy.decide(viewer, .allocate, subject.workgroup)
        case .recordProgress:
            viewer.staffID == subject.ownerID || subject.memberIDs.contains(viewer.staffID)
                ? .allowed : WorkgroupPolicy.decide(viewer, .allocate, subject.workgroup)
        }
    }
}

/// The organisation's outcomes and the alignment of everyone's work to them.
public struct OrganisationalOutcomes: AccessSubject, Equatable {
    public typealias Policy = OrganisationalOutcomePolicy
    public init() {}
}

/// Everyone signed in reads the organisation's outcomes and the alignment tree (which shows an
/// individual's outputs only to those who may open that person's record); HR sets the outcomes.
public enum OrganisationalOutcomePolicy: AccessPolicy {
    public enum Action: Sendable { case view, manage }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: OrganisationalOutcomes) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .manage: .hrOnly(viewer)
        }
    }
}

/// Feedback in a workgroup: who it is for, and the workgroup's lead.
public struct WorkgroupFeedbackSubject: AccessSubject, Equatable {
    public typealias Policy = WorkgroupFeedbackPolicy
    public let member: StaffSubject
    public let leadID: UUID
    public let giverID: UUID?

    public init(member: StaffSubject, leadID: UUID, giverID: UUID? = nil) {
        self.member = member
        self.leadID = leadID
        self.giverID = giverID
    }
}

/// The lead gives a member feedback on their work in the workgroup (SFIA: "provides feedback to
/// team members"), never to themselves. It is part of the member's performance record: the
/// member reads it, and so do whoever gave it, the member's manager and their manager (it
/// appears on the cycle's timeline for the End of Cycle), and HR. Other members do not.
public enum WorkgroupFeedbackPolicy: AccessPolicy {
    public enum Action: Sendable { case give, view }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: WorkgroupFeedbackSubject) -> AccessDecision {
        let member = subject.member
        switch action {
        case .give:
            guard viewer.staffID == subject.leadID else { return .forbidden }
            return viewer.staffID == member.staffID ? .refused("You cannot give feedback to yourself") : .allowed
        case .view:
            let mayRead = viewer.staffID == member.staffID || viewer.staffID == subject.giverID
                || member.supervisorChain.prefix(2).contains(viewer.staffID) || viewer.isHRAdministrator
            return mayRead ? .allowed : .forbidden
        }
    }
}
