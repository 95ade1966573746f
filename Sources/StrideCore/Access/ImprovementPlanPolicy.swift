import Foundation

/// A performance improvement plan, as its access policy needs it: whose it is.
public struct ImprovementPlanSubject: AccessSubject, Equatable {
    public typealias Policy = ImprovementPlanPolicy
    public let staff: StaffSubject

    public init(staff: StaffSubject) {
        self.staff = staff
    }
}

/// Who sees and writes an improvement plan (the framework's Q&A on underperformance).
///
/// Only the staff member, their manager, their manager's manager, HR and the Reports Board see
/// it: not a responsible chief as such, nor anyone further up. The manager (or HR) opens it,
/// writes its measures and objectives, records check-ins and the six-month review; the staff
/// member writes their own view and their concerns about the support received, and nobody else
/// writes those.
public enum ImprovementPlanPolicy: AccessPolicy {
    public enum Action: Sendable { case view, manage, giveOwnView }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: ImprovementPlanSubject) -> AccessDecision {
        let staff = subject.staff
        let isManager = staff.supervisorChain.first == viewer.staffID
        switch action {
        case .view:
            let mayRead = viewer.staffID == staff.staffID || isManager || staff.supervisorChain.dropFirst().first == viewer.staffID
                || viewer.isHRAdministrator || viewer.roles.contains(.reportsBoardMember)
            return mayRead ? .allowed : .forbidden
        case .manage:
            return viewer.staffID != staff.staffID && (isManager || viewer.isHRAdministrator) ? .allowed : .forbidden
        case .giveOwnView:
            return viewer.staffID == staff.staffID ? .allowed : .forbidden
        }
    }
}
