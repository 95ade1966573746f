import Foundation
import StrideCore

/// The model of `appraisals/form.leaf`: a form as a document, what the viewer may do with it
/// now, and its history. The print view uses the same document without the rest.
struct AppraisalFormPageModel: Encodable {
    /// One action the viewer may take, as its own small form posting to the transitions path.
    struct ActionForm: Encodable {
        let id: String
        let heading: String
        let paragraphs: [String]
        let action: String
        let version: String
        let fields: [FormField]
        let button: FormButton
    }

    struct Note: Encodable {
        let heading: String
        let text: String
    }

    struct HistoryRow: Encodable {
        /// The form as it stood after this step.
        let href: String
        let when: String
        let timestamp: String
        let who: String
        let what: String
        let comment: String?
    }

    let document: ReadOnlyForm
    let state: String
    /// Who the form waits for now.
    let nextStep: String?
    /// The Reports Board's reason for returning the form, or its comments on reviewing it.
    let boardNote: Note?
    let caption: String
    let editHref: String?
    let editLabel: String
    let actions: [ActionForm]
    let history: [HistoryRow]
    let backHref: String
    let timelineHref: String
    /// From an End of Cycle, for the parties: open the next cycle with outputs carried over.
    let nextCycleHref: String?
    /// What is weighed beside the form, such as a chief's upward feedback report.
    let companions: [Companion]

    struct Companion: Encodable {
        let title: String
        let detail: String
        let href: String
    }

    init(loaded: LoadedAppraisalForm, document: ReadOnlyForm, viewer: Viewer, canEdit: Bool, history: [AppraisalFormLookup.HistoryEntry],
         errors: [FieldError], typed: [String: String], companions: [FormCompanionsQuery.Companion]) {
        let form = loaded.form
        self.companions = companions.map { Companion(title: $0.title, detail: $0.detail, href: $0.href) }
        self.document = document
        state = form.state.displayName
        nextStep = Self.nextStep(form.state, goesToBoard: form.kind.goesToReportsBoard(contract: loaded.cycle.contractType))
        boardNote = [AppraisalState.returned, .reviewed].contains(form.state)
            ? history.last { ["return", "review"].contains($0.event.action) && $0.event.comment != nil }.map { entry in
                Note(heading: entry.event.action == "return" ? "The Reports Board's reason" : "The Reports Board's comments",
                     text: entry.event.comment ?? "")
            }
            : nil
        caption = loaded.staff.record.details.name
        editHref = canEdit ? StridePath.editAppraisalForm(loaded.formID).href : nil
        editLabel = form.state == .staffSigned ? "Change the form (withdraws the staff member's signature)" : "Edit the form"
        let offered = AppraisalPolicy.availableActions(to: viewer, on: loaded.subject, contract: loaded.cycle.contractType)
        let post = StridePath.appraisalFormTransitions(loaded.formID).href
        // The main actions first: sending back or returning is the way out, offered last.
        let forms = offered.map { Self.actionForm($0, post: post, version: form.recordVersion, errors: errors, typed: typed) }
        actions = forms.filter { $0.button.style == .primary } + forms.filter { $0.button.style != .primary }
        self.history = history.map { entry in
            HistoryRow(href: StridePath.appraisalForm(loaded.formID).href + "?version=\(entry.event.recordVersion)",
                       when: DisplayDate.instant(entry.event.occurredAt), timestamp: DisplayDate.machine(entry.event.occurredAt),
                       who: entry.actorName ?? "Stride", what: Self.describe(entry.event), comment: entry.event.comment)
        }
        timelineHref = StridePath.cycleTimeline(loaded.cycle.id!).href
        nextCycleHref = AppraisalPolicy.decide(viewer, .openNextCycle, loaded.subject) == .allowed
            ? StridePath.nextCycle(loaded.formID).href : nil
        backHref = loaded.staff.record.id == viewer.staffID ? StridePath.myAppraisal.href : StridePath.staffMember(loaded.staff.record.id).href
    }

    private static func nextStep(_ state: AppraisalState, goesToBoard: Bool) -> String {
        switch state {
        case .draft: "Being drafted. The staff member and the manager can both edit it, then submit it for signature."
        case .selfAssessed: "The self-assessment is in. Waiting for the manager's assessment."
        case .inDiscussion: "Waiting for the staff member's signature, then the manager's."
        case .staffSigned: "Signed by the staff member. Waiting for the manager's signature."
        case .signed: goesToBoard ? "Signed by both. The manager or HR sends it to the Reports Board." : "Signed by both. Complete."
        case .atReportsBoard: "With the Reports Board for review."
        case .reviewed: "Reviewed by the Reports Board. Complete."
        case .returned: "Returned by the Reports Board: correct it, then submit it and sign it again."
        }
    }

    /// The page id of an action's text box: `send_back-comment`.
    static func fieldID(_ action: AppraisalAction, _ part: String) -> String { "\(action.rawValue)-\(part)" }

    private static func actionForm(_ action: AppraisalAction, post: String, version: Int, errors: [FieldError],
                                   typed: [String: String]) -> ActionForm {
        func comment(_ label: String, hint: String? = nil) -> [FormField] {
            let id = fieldID(action, "comment")
            return [FormField(id, .textarea, label: label, hint: hint, value: typed[id], errors: errors,
                              maxLength: BeginningOfCycleRules.longText, rows: 3)]
        }
        let (heading, paragraphs, fields, label, style): (String, [String], [FormField], String, FormButton.Style) = switch action {
        case .submit:
            ("Submit for signature", ["Both of you then sign the form: the staff member first, then the manager."], [],
             "Submit for signature", .primary)
        case .submitSelfAssessment:
            ("Submit your self-assessment", ["Your manager then completes their part."], [], "Submit self-assessment", .primary)
        case .signAsStaff:
            ("Sign as the staff member",
             ["Your signature records that the discussion took place and that you have read this form. It does not mean you agree with it."],
             [FormField(fieldID(action, "statement"), .textarea, label: "Statement of disagreement (optional)",
                        hint: "If you disagree with anything on the form, say so here. It stays attached to the signed form and the Reports Board reads it.",
                        value: typed[fieldID(action, "statement")], errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 4)],
             "Sign the form", .primary)
        case .signAsManager:
            ("Sign as the manager", ["Once you sign, the form is complete and can no longer be changed."], [], "Sign the form", .primary)
        case .sendToReportsBoard:
            ("Send to the Reports Board", ["The Board reviews the form and may return it for correction."], [],
             "Send to the Reports Board", .primary)
        case .review:
            ("Review", ["Mark the form as reviewed, with any comments and recommendations."],
             comment("Comments and recommendations (optional)"), "Mark as reviewed", .primary)
        case .returnToParties:
            ("Return for correction", ["The staff member and the manager correct the form and sign it again."],
             comment("Reason for returning the form"), "Return the form", .secondary)
        case .sendBack:
            ("Send back to draft", ["Before both have signed, either of you can send the form back to draft, saying why."],
             comment("Why the form goes back to draft"), "Send back to draft", .secondary)
        }
        return ActionForm(id: "action-\(action.rawValue)", heading: heading, paragraphs: paragraphs, action: post, version: String(version),
                          fields: fields, button: FormButton(label, value: action.rawValue, style: style, name: "action"))
    }

    static func describe(_ event: AppraisalFormEvent) -> String {
        if event.action == "save" { return "Saved the form (\(event.state.displayName.lowercased()))" }
        guard let action = AppraisalAction(rawValue: event.action) else { return event.action }
        return action.done
    }
}
