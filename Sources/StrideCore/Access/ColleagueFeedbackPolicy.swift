import Foundation

/// A probationer's colleague feedback, as its access policy needs it: the probationer, their
/// appraiser, and when one request is at hand, the colleague asked and whether they answered.
public struct ColleagueFeedbackSubject: AccessSubject, Equatable {
    public typealias Policy = ColleagueFeedbackPolicy

    public let staff: StaffSubject
    public let appraiserID: UUID?
    /// The colleague a request asks, when the subject is one request.
    public let colleagueID: UUID?
    public let given: Bool

    public init(staff: StaffSubject, appraiserID: UUID?, colleagueID: UUID? = nil, given: Bool = false) {
        self.staff = staff
        self.appraiserID = appraiserID
        self.colleagueID = colleagueID
        self.given = given
    }
}

/// Who designates, gives and reads the feedback of colleagues on a staff member on probation.
///
/// The staff member and their supervisor (the appraiser) designate the colleagues together, and
/// HR can for them. Each colleague gives their own feedback, once. The feedback is not anonymous:
/// the appraiser, the supervisor's supervisor, HR and the Reports Board read it with the givers'
/// names. The staff member sees who was asked and who has answered, not what was said.
public enum ColleagueFeedbackPolicy: AccessPolicy {
    public enum Action: Sendable {
        /// Who was asked and who has answered.
        case viewStatus
        case designate
        /// One request's page, for the colleague asked (their form, or what they gave).
        case viewRequest
        case give
        /// What was said, with the givers' names.
        case read
    }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: ColleagueFeedbackSubject) -> AccessDecision {
        let me = viewer.staffID, staff = subject.staff
        let appraises = subject.appraiserID == me || staff.supervisorChain.first == me
        let reads = appraises || staff.supervisorChain.dropFirst().first == me || viewer.isHRAdministrator
            || viewer.roles.contains(.reportsBoardMember)
        switch action {
        case .viewStatus:
            return reads || staff.staffID == me ? .allowed : .forbidden
        case .designate:
            return appraises || staff.staffID == me || viewer.isHRAdministrator ? .allowed : .forbidden
        case .viewRequest:
            return subject.colleagueID == me ? .allowed : .forbidden
        case .give:
            guard subject.colleagueID == me else { return .forbidden }
            return subject.given ? .refused("You have already given your feedback: it is final once sent") : .allowed
        case .read:
            return reads && staff.staffID != me ? .allowed : .forbidden
        }
    }
}
