/// The Reports Board's work as a whole: its queue of the forms sent to it, and its view of how
/// consistently managers rate.
public struct ReportsBoard: AccessSubject, Equatable {
    public typealias Policy = ReportsBoardPolicy
    public init() {}
}

/// Members of the Reports Board and HR administrators see the Board's queue and its view of
/// rating practice; nobody else does (a manager sees their own staff's forms, not the Board's).
public enum ReportsBoardPolicy: AccessPolicy {
    public enum Action: Sendable { case viewQueue, viewConsistency }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: ReportsBoard) -> AccessDecision {
        viewer.roles.contains(.reportsBoardMember) || viewer.isHRAdministrator ? .allowed : .forbidden
    }
}

/// Where a form sent to the Reports Board stands in its queue.
public enum ReportsBoardStatus: String, CaseIterable, Sendable {
    /// Received and waiting for the Board's review.
    case waiting
    case reviewed
    /// Returned for correction (and not yet sent again).
    case returned

    public var state: AppraisalState {
        switch self {
        case .waiting: .atReportsBoard
        case .reviewed: .reviewed
        case .returned: .returned
        }
    }

    public var displayName: String {
        switch self {
        case .waiting: "Waiting for review"
        case .reviewed: "Reviewed"
        case .returned: "Returned for correction"
        }
    }
}
