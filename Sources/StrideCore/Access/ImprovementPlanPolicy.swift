import Foundation

/// A performance improvement plan, as its access policy needs it: whose it is.
public struct ImprovementPlanSubject: AccessSubject, Equatable {
    public typealias Policy = ImprovementPlanPolicy
    public let staff: StaffSubject
    public let stage: ImprovementPlanStage

    public init(staff: StaffSubject, stage: ImprovementPlanStage = .open) {
        self.staff = staff
        self.stage = stage
    }
}

/// Who sees and writes an improvement plan (the framework's Q&A on underperformance).
///
/// Only the staff member, their manager, their manager's manager, HR and the Reports Board see
/// it: not a responsible chief as such, nor anyone further up. The manager (or HR) opens it,
/// writes its measures and objectives, records check-ins and the six-month review; the staff
/// member writes their own view and their concerns about the support received, and nobody else
/// writes those. Once the review is recorded the plan no longer changes; a member of the Reports
/// Board (not the person) then marks it reviewed.
public enum ImprovementPlanPolicy: AccessPolicy {
    public enum Action: Sendable { case view, manage, giveOwnView, reviewAsBoard }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: ImprovementPlanSubject) -> AccessDecision {
        let staff = subject.staff
        let isManager = staff.supervisorChain.first == viewer.staffID
        switch action {
        case .view:
            let mayRead = viewer.staffID == staff.staffID || isManager || staff.supervisorChain.dropFirst().first == viewer.staffID
                || viewer.isHRAdministrator || viewer.roles.contains(.reportsBoardMember)
            return mayRead ? .allowed : .forbidden
        case .manage:
            guard viewer.staffID != staff.staffID && (isManager || viewer.isHRAdministrator) else { return .forbidden }
            return subject.stage == .open ? .allowed : .refused("The plan's review is recorded: it no longer changes")
        case .giveOwnView:
            guard viewer.staffID == staff.staffID else { return .forbidden }
            return subject.stage == .open ? .allowed : .refused("The plan's review is recorded: it no longer changes")
        case .reviewAsBoard:
            guard viewer.roles.contains(.reportsBoardMember), viewer.staffID != staff.staffID else { return .forbidden }
            return subject.stage == .reviewed ? .allowed
                : .refused(subject.stage == .open ? "The plan reaches the Reports Board once its six-month review is recorded"
                           : "The Reports Board has already reviewed this plan")
        }
    }
}
