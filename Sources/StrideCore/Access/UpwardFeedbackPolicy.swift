import Foundation

/// An upward feedback round as its access policy needs it: the chief it is about (with their
/// supervisors, nearest first), whether it is open, and the viewer's own invitation.
public struct UpwardFeedbackRoundSubject: AccessSubject, Equatable {
    public typealias Policy = UpwardFeedbackPolicy

    /// The viewer's invitation to the round, if any.
    public enum Invitation: Sendable, Equatable {
        case notInvited
        case invited
        case responded
    }

    public let chiefID: UUID
    public let chiefSupervisors: [UUID]
    public let isOpen: Bool
    public let invitation: Invitation

    public init(chiefID: UUID, chiefSupervisors: [UUID], isOpen: Bool, invitation: Invitation) {
        self.chiefID = chiefID
        self.chiefSupervisors = chiefSupervisors
        self.isOpen = isOpen
        self.invitation = invitation
    }
}

/// Who sees, answers and runs upward feedback on a responsible chief.
///
/// The compiled report goes to the chief, the chief's supervisor and the supervisor's supervisor
/// (who weighs it at the chief's End of Cycle), and to no one else: HR runs the rounds (opens,
/// closes, sees who is invited and, while open, how many have answered, as a number) but does not
/// read what a chief's staff said. Nobody, HR included, ever sees who said what: there is no
/// action for it because the data to do it is never kept.
public enum UpwardFeedbackPolicy: AccessPolicy {
    public enum Action: Sendable {
        /// The round's page: its dates, status and questions.
        case view
        /// Giving the one anonymous response an invitation allows.
        case respond
        /// Opening and closing rounds, the invitees, the response count while open.
        case administer
        /// The compiled report, once the round has closed.
        case readReport
    }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: UpwardFeedbackRoundSubject) -> AccessDecision {
        let readsReport = viewer.staffID == subject.chiefID || subject.chiefSupervisors.prefix(2).contains(viewer.staffID)
        switch action {
        case .view:
            return readsReport || viewer.isHRAdministrator || subject.invitation != .notInvited ? .allowed : .forbidden
        case .respond:
            switch subject.invitation {
            case .notInvited: return .forbidden
            case .responded: return .refused("You have already responded to this round: each person responds once")
            case .invited: return subject.isOpen ? .allowed : .refused("This round has closed: responses are no longer accepted")
            }
        case .administer:
            return .hrOnly(viewer)
        case .readReport:
            return readsReport ? .allowed : .forbidden
        }
    }
}
