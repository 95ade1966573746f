import Foundation
import StrideCore

/// The model of `feedback/index.leaf`: the upward feedback rounds a person is invited to answer,
/// and those they read (on themselves, or on a chief they supervise), with HR's way in.
struct FeedbackIndexModel: Encodable {
    struct Round: Encodable {
        let chief: String
        let unit: String?
        let href: String
        let status: String
        let isOpen: Bool
        let closes: String
        /// For those invited: "To answer", "Responded" or "Not answered".
        let invitation: String?
        let invitationDone: Bool
    }

    /// A probationer's request for this person's feedback.
    struct ColleagueRequest: Encodable {
        let staffName: String
        let href: String
        let due: String
        let given: Bool
        let overdue: Bool
    }

    let toAnswer: [Round]
    let toRead: [Round]
    let colleagueRequests: [ColleagueRequest]
    let adminHref: String?
    let recognitionHref = StridePath.recognition.href
    let outboxHref = StridePath.outbox.href

    init(rounds: [UpwardFeedbackQueries.Listed], asked: [(request: ColleagueFeedbackRequest, staffName: String)], viewer: Viewer,
         today: CalendarDate, adminHref: String?) {
        colleagueRequests = asked.map { request, name in
            ColleagueRequest(staffName: name, href: StridePath.colleagueFeedbackRequest(request.id!).href, due: DisplayDate.long(request.dueOn),
                             given: request.isGiven, overdue: !request.isGiven && request.dueOn < today)
        }
        func row(_ listed: UpwardFeedbackQueries.Listed) -> Round {
            let round = listed.round
            let invitation: String? = switch listed.invitation {
            case .notInvited: nil
            case .responded: "Responded"
            case .invited: round.isOpen ? "To answer" : "Not answered"
            }
            return Round(chief: listed.chiefName, unit: listed.unitName, href: StridePath.upwardFeedbackRound(round.id!).href,
                         status: round.isOpen ? "Open" : "Closed", isOpen: round.isOpen, closes: DisplayDate.long(round.closesOn),
                         invitation: invitation, invitationDone: listed.invitation == .responded)
        }
        toAnswer = rounds.filter { $0.invitation != .notInvited }.map(row)
        // Only the rounds read as the chief or a supervisor: HR, who is given every round, lists them on its own page.
        toRead = rounds.filter { $0.invitation == .notInvited && Self.reads($0, viewer) }.map(row)
        self.adminHref = adminHref
    }

    private static func reads(_ listed: UpwardFeedbackQueries.Listed, _ viewer: Viewer) -> Bool {
        listed.round.$chief.id == viewer.staffID || listed.supervisors.prefix(2).contains(viewer.staffID)
    }
}
