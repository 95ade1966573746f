import Foundation

/// A dashboard: the organisation's (or a unit's), or a manager's own team.
public enum DashboardSubject: AccessSubject, Equatable {
    public typealias Policy = DashboardPolicy
    case organisation
    /// The team of the person viewing it: whoever they supervise, directly or not.
    case team
}

/// HR reads the organisation's dashboard: it counts every unit's forms, ratings and people on
/// probation. Anyone reads their own team's, which shows only the people they supervise (a
/// person with nobody to supervise sees it empty).
public enum DashboardPolicy: AccessPolicy {
    public enum Action: Sendable { case view }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: DashboardSubject) -> AccessDecision {
        switch subject {
        case .organisation: .hrOnly(viewer)
        case .team: .allowed
        }
    }
}
