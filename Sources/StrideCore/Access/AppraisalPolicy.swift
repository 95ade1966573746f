import Foundation

/// An appraisal form someone wants to see, change or move on.
public struct AppraisalSubject: AccessSubject, Equatable {
    public typealias Policy = AppraisalPolicy
    /// The person appraised, where they sit, and their supervisors (nearest first).
    public let staff: StaffSubject
    /// Who appraises: the supervisor when the cycle opened, or the delegate a chief named.
    public let appraiserID: UUID?
    public let kind: AppraisalFormKind
    public let state: AppraisalState

    public init(staff: StaffSubject, appraiserID: UUID?, kind: AppraisalFormKind, state: AppraisalState) {
        self.staff = staff
        self.appraiserID = appraiserID
        self.kind = kind
        self.state = state
    }

    /// Whether the form has been sent to the Reports Board (and so is the Board's to see).
    public var sentToReportsBoard: Bool { AppraisalVisibility.sentToReportsBoard.contains(state) }
}

/// Whose forms a viewer may see, as a description the database can answer for a whole list:
/// the same rule as `AppraisalPolicy`'s `view`, checked by `includes`.
public struct AppraisalVisibility: Sendable, Equatable {
    /// The people whose staff records the viewer sees (HR: everyone).
    public let staff: StaffVisibility
    /// The forms of the cycles this person appraises.
    public let appraiser: UUID
    /// Whether the viewer sits on the Reports Board, and so sees the forms sent to it.
    public let reportsBoard: Bool

    /// The states of a form that has been sent to the Reports Board.
    public static let sentToReportsBoard: [AppraisalState] = [.atReportsBoard, .reviewed, .returned]

    public func includes(_ subject: AppraisalSubject) -> Bool {
        staff.includes(subject.staff) || subject.appraiserID == appraiser || (reportsBoard && subject.sentToReportsBoard)
    }

    /// Whether the viewer sees every form in these states, whoever's: HR always, a Board member
    /// when they are all states of forms sent to the Board. A list limited to them needs no
    /// per-form check (the Board's queue is thousands of forms at 100,000 staff).
    public func seesEveryForm(in states: [AppraisalState]?) -> Bool {
        if staff.everyone { return true }
        guard reportsBoard, let states, !states.isEmpty else { return false }
        return states.allSatisfy(Self.sentToReportsBoard.contains)
    }

    /// Whether the viewer sees every form whose (effective) appraiser is `person`: they always
    /// see the forms they appraise, so a list of them needs no per-form check either.
    public func seesEveryForm(appraisedBy person: UUID?) -> Bool {
        staff.everyone || person == appraiser
    }
}

/// Who may see, change and move appraisal forms.
///
/// The staff member sees their own forms; the appraiser (the supervisor or a delegate) and
/// every manager above the staff member see them too, as does the responsible chief of the
/// staff member's unit; the Reports Board sees the forms sent to it; HR sees everything. Only
/// the staff member and the appraiser write a form, and only while it is editable: once both
/// have signed it is immutable for everyone, HR included (every write is refused with the reason),
/// until the Board returns it. Only the appraiser rates; transitions follow `AppraisalWorkflow`.
/// The two parties open the next cycle from an End of Cycle once the self-assessment is in.
public enum AppraisalPolicy: AccessPolicy {
    public enum Action: Sendable, Equatable {
        case view
        /// Change the content the staff member and the appraiser write together.
        case edit
        /// The manager's part of the End of Cycle: ratings and the overall rating.
        case rate
        case transition(AppraisalAction)
        /// From an End of Cycle, open the next cycle with outputs carried over (`CarryOver`).
        case openNextCycle
    }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: AppraisalSubject) -> AccessDecision {
        let parties = self.parties(of: viewer, to: subject)
        guard mayView(viewer, subject, parties: parties) else { return .forbidden }
        switch action {
        case .view:
            return .allowed
        case .edit, .rate:
            // A signed form refuses every write alike, so even HR learns why rather than only "no".
            guard subject.state.isEditable else { return .refused("This form has been signed by both and can no longer be changed.") }
            // The probationary report is the manager's account; the staff member answers it with a statement on signing.
            let writers: Set<AppraisalParty> = action == .rate || subject.kind == .probationReport ? [.manager] : [.staffMember, .manager]
            guard !parties.isDisjoint(with: writers) else { return .forbidden }
            // The End of Cycle is written in two parts, each by its party at its own time.
            guard subject.kind == .end else { return .allowed }
            switch EndOfCyclePart.writable(by: parties.intersection(writers), in: subject.state) {
            case .success: return .allowed
            case .failure(let refusal): return refusal.isForbidden ? .forbidden : .refused(refusal.message)
            }
        case .openNextCycle:
            guard !parties.isDisjoint(with: [.staffMember, .manager]) else { return .forbidden }
            // Only an End of Cycle has a next cycle to open: for another form the page does not exist.
            guard subject.kind == .end else { return .hidden("The End of Cycle form") }
            return CarryOver.mayOpenNext(after: subject.state) ? .allowed
                : .refused("The next cycle opens once the self-assessment is handed in.")
        case .transition(let transition):
            guard !parties.isDisjoint(with: AppraisalWorkflow.parties(for: transition, kind: subject.kind)) else { return .forbidden }
            return .allowed
        }
    }

    public static func visibility(for viewer: Viewer) -> AppraisalVisibility {
        AppraisalVisibility(staff: StaffPolicy.visibility(for: viewer), appraiser: viewer.staffID,
                            reportsBoard: viewer.roles.contains(.reportsBoardMember))
    }

    /// Every capacity in which the viewer acts on this form.
    public static func parties(of viewer: Viewer, to subject: AppraisalSubject) -> Set<AppraisalParty> {
        var parties: Set<AppraisalParty> = []
        if viewer.staffID == subject.staff.staffID { parties.insert(.staffMember) }
        if let appraiser = subject.appraiserID, viewer.staffID == appraiser, viewer.staffID != subject.staff.staffID {
            parties.insert(.manager)
        }
        // A Board member never reviews a form they are party to: their own, or one they appraised.
        if viewer.roles.contains(.reportsBoardMember), subject.sentToReportsBoard, viewer.staffID != subject.staff.staffID,
           viewer.staffID != subject.appraiserID {
            parties.insert(.reportsBoard)
        }
        if viewer.isHRAdministrator { parties.insert(.hrAdministrator) }
        return parties
    }

    /// The transitions the viewer could take now, in any of their capacities, in workflow order.
    public static func availableActions(to viewer: Viewer, on subject: AppraisalSubject, contract: ContractType) -> [AppraisalAction] {
        let mine = parties(of: viewer, to: subject)
        let available = Set(mine.flatMap { AppraisalWorkflow.available(in: subject.state, kind: subject.kind, contract: contract, to: $0) })
        return AppraisalAction.allCases.filter(available.contains)
    }

    /// The capacity in which the viewer takes `action`: the first of theirs the workflow lets
    /// take it (the staff member before the manager before the Board before HR), or nil.
    public static func party(of viewer: Viewer, taking action: AppraisalAction, on subject: AppraisalSubject) -> AppraisalParty? {
        let mine = parties(of: viewer, to: subject)
        let allowed = AppraisalWorkflow.parties(for: action, kind: subject.kind)
        return [AppraisalParty.staffMember, .manager, .reportsBoard, .hrAdministrator].first { mine.contains($0) && allowed.contains($0) }
    }

    private static func mayView(_ viewer: Viewer, _ subject: AppraisalSubject, parties: Set<AppraisalParty>) -> Bool {
        !parties.isEmpty || StaffPolicy.relation(of: viewer, to: subject.staff) != .none
    }
}

extension AppraisalParty: Hashable {}
