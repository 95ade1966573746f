/// Where an appraisal form stands. Forms move only through `AppraisalWorkflow`.
public enum AppraisalState: String, CaseIterable, Codable, Sendable {
    /// Being written; anyone who may edit it may save, with problems.
    case draft
    /// End of Cycle only: the staff member's self-assessment is in; the manager rates.
    case selfAssessed = "self_assessed"
    /// Submitted for both to sign; still editable by either (which withdraws any signature).
    case inDiscussion = "in_discussion"
    /// The staff member has signed (acknowledging the discussion); the manager signs next.
    case staffSigned = "staff_signed"
    /// Both have signed. Immutable from here on.
    case signed
    case atReportsBoard = "at_reports_board"
    case reviewed
    /// Sent back by the Reports Board with its comments: editable again, then signed again.
    case returned

    public var displayName: String {
        switch self {
        case .draft: "Draft"
        case .selfAssessed: "Self-assessment submitted"
        case .inDiscussion: "In discussion"
        case .staffSigned: "Signed by the staff member"
        case .signed: "Signed"
        case .atReportsBoard: "At the Reports Board"
        case .reviewed: "Reviewed by the Reports Board"
        case .returned: "Returned by the Reports Board"
        }
    }

    /// Whether the form's content may still change. Once both have signed it may not, until
    /// the Reports Board returns it.
    public var isEditable: Bool {
        switch self {
        case .draft, .selfAssessed, .inDiscussion, .staffSigned, .returned: true
        case .signed, .atReportsBoard, .reviewed: false
        }
    }

    /// Whether both have signed, which is what a due date asks for (the Board's review comes after).
    public var isSigned: Bool { [.signed, .atReportsBoard, .reviewed].contains(self) }

    /// The states of a form still owed by its due date: not yet signed by both, or returned.
    public static var awaitingSignature: [AppraisalState] { allCases.filter { !$0.isSigned } }

    /// Whether a form in this state is overdue on `today`, given its due date.
    public func isOverdue(due: CalendarDate, on today: CalendarDate) -> Bool {
        !isSigned && today > due
    }
}
