/// Who someone is to a particular appraisal form.
public enum AppraisalParty: Sendable, Equatable {
    /// The staff member being appraised.
    case staffMember
    /// The appraising manager: the supervisor, or the delegate a responsible chief named.
    case manager
    case reportsBoard
    case hrAdministrator
}

/// Something someone does to a form, moving it to another state.
public enum AppraisalAction: String, CaseIterable, Codable, Sendable {
    /// Put the form forward for both to sign (the End of Cycle: the manager's part).
    case submit
    /// End of Cycle: the staff member hands in the self-assessment for the manager to rate.
    case submitSelfAssessment = "submit_self_assessment"
    /// Either party, before both have signed: back to draft, with a comment.
    case sendBack = "send_back"
    case signAsStaff = "sign_as_staff"
    case signAsManager = "sign_as_manager"
    /// The manager, or HR for many at once.
    case sendToReportsBoard = "send_to_reports_board"
    case review
    /// The Reports Board sends the form back for correction, with its reason.
    case returnToParties = "return"
}

/// Why a transition was refused, in words for the person who tried it.
public struct TransitionRefusal: Error, Sendable, Equatable {
    public let message: String
    /// True when the person may not do this at all (403), false when the form is not in a
    /// state for it (409).
    public let isForbidden: Bool
    /// The input the refusal is about, when it is missing input rather than the form's state:
    /// "comment" for a send-back or return without one.
    public let field: String?

    public init(message: String, isForbidden: Bool, field: String? = nil) {
        self.message = message
        self.isForbidden = isForbidden
        self.field = field
    }
}

/// The appraisal state machine: which action moves a form from which state, and who may take it.
///
///     draft ─submit→ in_discussion ─sign_as_staff→ staff_signed ─sign_as_manager→ signed
///     signed ─send_to_reports_board→ at_reports_board ─review→ reviewed
///                                                     ─return→ returned ─submit→ in_discussion
///     End of Cycle: draft ─submit_self_assessment→ self_assessed ─submit→ in_discussion
///     before both have signed, either party: ─send_back→ draft
public enum AppraisalWorkflow {
    /// The state `action` leads to, or why it may not be taken.
    /// - Parameters:
    ///   - contract: the contract type of the cycle, which decides whether the form goes to the Board.
    ///   - commentGiven: whether the action came with a comment (sending back and returning need one).
    public static func next(
        from state: AppraisalState, kind: AppraisalFormKind, contract: ContractType, action: AppraisalAction,
        by party: AppraisalParty, commentGiven: Bool = false
    ) -> Result<AppraisalState, TransitionRefusal> {
        guard parties(for: action, kind: kind).contains(party) else {
            return .failure(TransitionRefusal(message: "You cannot \(action.phrase) on this form.", isForbidden: true))
        }
        func notNow(_ why: String) -> Result<AppraisalState, TransitionRefusal> {
            .failure(TransitionRefusal(message: why, isForbidden: false))
        }
        func missingComment(_ what: String) -> Result<AppraisalState, TransitionRefusal> {
            .failure(TransitionRefusal(message: what, isForbidden: false, field: "comment"))
        }
        switch action {
        case .submitSelfAssessment:
            guard kind == .end else { return notNow("Only the End of Cycle has a self-assessment.") }
            return state == .draft || state == .returned ? .success(.selfAssessed)
                : notNow("The self-assessment can only be submitted while the form is a draft (it is \(state.displayName.lowercased())).")
        case .submit:
            if kind == .end {
                if state == .draft { return notNow("The staff member's self-assessment comes first.") }
                return state == .selfAssessed || (state == .returned && party == .manager) ? .success(.inDiscussion)
                    : notNow("The form cannot be submitted now: it is \(state.displayName.lowercased()).")
            }
            return state == .draft || state == .returned ? .success(.inDiscussion)
                : notNow("The form cannot be submitted now: it is \(state.displayName.lowercased()).")
        case .sendBack:
            guard [.selfAssessed, .inDiscussion, .staffSigned].contains(state) else {
                return notNow(state.isEditable ? "The form is already a draft." : "Both have signed: the form can no longer be sent back.")
            }
            return commentGiven ? .success(.draft) : missingComment("Say why the form goes back to draft.")
        case .signAsStaff:
            return state == .inDiscussion ? .success(.staffSigned)
                : notNow(state == .staffSigned ? "You have already signed this form." : "The form is not ready to sign: it is \(state.displayName.lowercased()).")
        case .signAsManager:
            return state == .staffSigned ? .success(.signed)
                : notNow(state == .inDiscussion ? "The staff member signs first." : "The form is not ready for your signature: it is \(state.displayName.lowercased()).")
        case .sendToReportsBoard:
            guard kind.goesToReportsBoard(contract: contract) else {
                return notNow("A \(kind.displayName) does not go to the Reports Board for \(contract.displayName.lowercased()) staff.")
            }
            return state == .signed ? .success(.atReportsBoard)
                : notNow("Only a form both have signed goes to the Reports Board (this one is \(state.displayName.lowercased())).")
        case .review:
            return state == .atReportsBoard ? .success(.reviewed) : notNow("The form is not at the Reports Board.")
        case .returnToParties:
            guard state == .atReportsBoard else { return notNow("The form is not at the Reports Board.") }
            return commentGiven ? .success(.returned) : missingComment("Give the reason the form is returned.")
        }
    }

    /// The state a form is in after its content changes: a change after the staff member
    /// signed withdraws that signature, since it acknowledged other content; anything else
    /// stays where it was (a returned form stays returned until it is submitted again).
    public static func stateAfterEdit(_ state: AppraisalState) -> AppraisalState {
        state == .staffSigned ? .inDiscussion : state
    }

    /// Who may take an action on a form of this kind.
    public static func parties(for action: AppraisalAction, kind: AppraisalFormKind) -> Set<AppraisalParty> {
        switch action {
        // The End of Cycle's last part and the probationary report are the manager's to put forward.
        case .submit: kind == .end || kind == .probationReport ? [.manager] : [.staffMember, .manager]
        case .submitSelfAssessment: [.staffMember]
        case .sendBack: [.staffMember, .manager]
        case .signAsStaff: [.staffMember]
        case .signAsManager: [.manager]
        case .sendToReportsBoard: [.manager, .hrAdministrator]
        case .review, .returnToParties: [.reportsBoard]
        }
    }

    /// Whether the form waits for `party` to move it on (sending back is a way out, not a step
    /// it waits for): the staff member's signature, the manager's ratings, the Board's review.
    public static func awaits(_ party: AppraisalParty, in state: AppraisalState, kind: AppraisalFormKind, contract: ContractType) -> Bool {
        available(in: state, kind: kind, contract: contract, to: party).contains { $0 != .sendBack }
    }

    /// The actions a party could take now, for the buttons a page offers.
    public static func available(in state: AppraisalState, kind: AppraisalFormKind, contract: ContractType,
                                 to party: AppraisalParty) -> [AppraisalAction] {
        AppraisalAction.allCases.filter { action in
            if case .success = next(from: state, kind: kind, contract: contract, action: action, by: party, commentGiven: true) {
                return true
            }
            return false
        }
    }
}

extension AppraisalAction {
    /// The action as "You cannot … on this form" reads it.
    public var phrase: String {
        switch self {
        case .submit: "submit"
        case .submitSelfAssessment: "submit the self-assessment"
        case .sendBack: "send back"
        case .signAsStaff: "sign as the staff member"
        case .signAsManager: "sign as the manager"
        case .sendToReportsBoard: "send to the Reports Board"
        case .review: "review"
        case .returnToParties: "return"
        }
    }
}
