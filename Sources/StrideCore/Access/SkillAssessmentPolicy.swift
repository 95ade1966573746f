import Foundation

/// A person's skills assessments: who they are, who manages them, who has their appraisal by delegation.
public struct SkillAssessmentSubject: AccessSubject, Equatable {
    public typealias Policy = SkillAssessmentPolicy
    public let staff: StaffSubject
    /// Those the person's appraisal is delegated to today.
    public let delegates: Set<UUID>

    public init(staff: StaffSubject, delegates: Set<UUID> = []) {
        self.staff = staff
        self.delegates = delegates
    }
}

/// Who may see, propose and decide on a person's skill levels.
///
/// Whoever may open the person's record sees their assessments (and a delegate). Only the person
/// proposes a level for themselves. Their direct manager, a delegate or HR decides on it, and
/// nobody ever decides on their own: a person never confirms their own assessment.
public enum SkillAssessmentPolicy: AccessPolicy {
    public enum Action: Sendable { case view, propose, decide }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: SkillAssessmentSubject) -> AccessDecision {
        let isDelegate = subject.delegates.contains(viewer.staffID)
        switch action {
        case .view:
            return isDelegate || StaffPolicy.relation(of: viewer, to: subject.staff) != .none ? .allowed : .forbidden
        case .propose:
            return viewer.staffID == subject.staff.staffID ? .allowed : .forbidden
        case .decide:
            if viewer.staffID == subject.staff.staffID { return .forbidden }
            return isDelegate || viewer.isHRAdministrator || subject.staff.supervisorChain.first == viewer.staffID ? .allowed : .forbidden
        }
    }
}
