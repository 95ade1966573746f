import Fluent
import Foundation
import StrideCore
import Vapor

/// Every write to an appraisal form: saving its content and moving it through the workflow.
/// Each write re-reads the form inside its transaction and asks the core policy and workflow
/// again, so a decision made on a page that has since gone stale never lands; each leaves a
/// history event with the content as it then stood, and an audit event.
enum AppraisalFormService {
    /// A transition as someone asked for it.
    struct Transition: Sendable {
        let action: AppraisalAction
        let comment: String?
        /// The staff member's statement of disagreement, signed with the form.
        let statement: String?
        /// The version of the form the person saw, when they acted from a page or the API.
        let version: Int?
    }

    /// Saves new content, and with `then` takes that step too (submitting it, or handing in the
    /// End of Cycle's self-assessment), all or nothing.
    /// - Parameter problems: what the core rules find in `content`: storage problems for a
    ///   draft, submission problems when submitting. Any problem means nothing is written.
    static func save<Content: Encodable & Sendable>(
        _ content: Content, problems: [FieldError], then step: AppraisalAction? = nil, formID: UUID, version: Int?, viewer: Viewer,
        in context: ServiceContext
    ) async throws -> Result<LoadedAppraisalForm, FieldErrors> {
        guard problems.isEmpty else { return .failure(FieldErrors(problems)) }
        let json = String(decoding: try JSONEncoder.stride.encode(content), as: UTF8.self)
        return try await context.exclusiveTransaction(lock: .appraisalForms) { context in
            let loaded = try await reload(formID, in: context)
            try authorize(viewer, .edit, loaded)
            let form = loaded.form
            if let version, version != form.recordVersion { return .failure(FieldErrors(stale: form.recordVersion)) }
            if json != form.content {
                let before = form.state
                form.content = json
                form.overallRating = (content as? EndOfCycle)?.overallRating
                form.state = AppraisalWorkflow.stateAfterEdit(form.state)
                if before != form.state { clearSignatures(form) }
                try await write(loaded, action: "save", comment: nil, in: context)
                if form.kind == .beginning || form.kind == .midterm {
                    try await OutputAlignmentIndex.refresh(cycleID: loaded.cycle.id!, staffID: loaded.staff.record.id, in: context)
                }
                try await context.audit(.update, .appraisalForm, id: loaded.formID, "Saved \(describe(loaded))"
                                        + (before != form.state ? "; the staff member's signature is withdrawn" : ""))
            }
            guard let step else { return .success(loaded) }
            return .success(try await apply(Transition(action: step, comment: nil, statement: nil, version: nil),
                                            to: loaded, viewer: viewer, in: context))
        }
    }

    /// Moves a form on, or says why not: 403 for someone who may not, 409 for a form not in
    /// a state for it or changed since the person saw it, 422 for a form not complete enough.
    static func transition(_ transition: Transition, formID: UUID, viewer: Viewer, in context: ServiceContext) async throws -> LoadedAppraisalForm {
        try await context.exclusiveTransaction(lock: .appraisalForms) { context in
            let loaded = try await reload(formID, in: context)
            try authorize(viewer, .transition(transition.action), loaded)
            if let version = transition.version, version != loaded.form.recordVersion {
                throw StrideError.conflict("The form has changed since you opened it. Read it again before you \(transition.action.phrase).")
            }
            return try await apply(transition, to: loaded, viewer: viewer, in: context)
        }
    }

    private static func apply(_ transition: Transition, to loaded: LoadedAppraisalForm, viewer: Viewer,
                              in context: ServiceContext) async throws -> LoadedAppraisalForm {
        let form = loaded.form, action = transition.action
        guard let party = AppraisalPolicy.party(of: viewer, taking: action, on: loaded.subject) else { throw StrideError.forbidden }
        var check = FieldChecker()
        let comment = check.optional("comment", transition.comment, name: "Comment", maxLength: BeginningOfCycleRules.longText, multiline: true)
        let statement = check.optional("statement", transition.statement, name: "Statement", maxLength: BeginningOfCycleRules.longText,
                                       multiline: true)
        guard check.errors.isEmpty else { throw StrideError.invalid(check.errors) }
        let next: AppraisalState
        switch AppraisalWorkflow.next(from: form.state, kind: form.kind, contract: loaded.cycle.contractType, action: action,
                                      by: party, commentGiven: comment != nil) {
        case .failure(let refusal) where refusal.isForbidden: throw StrideError.forbidden
        case .failure(let refusal) where refusal.field != nil: throw StrideError.invalid([FieldError(refusal.field!, refusal.message)])
        case .failure(let refusal): throw StrideError.conflict(refusal.message)
        case .success(let state): next = state
        }
        if action == .submit || action == .submitSelfAssessment {
            let problems = try await AppraisalFormChecks.submissionProblems(loaded, action: action, on: context.db)
            guard problems.isEmpty else { throw StrideError.invalid(problems) }
        }
        let hash = contentHash(form.content)
        switch action {
        case .signAsStaff:
            form.staffSignedAt = context.now
            form.staffSignedHash = hash
            form.staffStatement = statement
        case .signAsManager:
            guard form.staffSignedHash == hash else {
                throw StrideError.conflict("The form has changed since the staff member signed it; they must sign it again first.")
            }
            form.managerSignedAt = context.now
            form.managerSignedBy = viewer.staffID
            form.managerSignedHash = hash
        case .sendBack, .returnToParties:
            clearSignatures(form)
        case .submit, .submitSelfAssessment, .sendToReportsBoard, .review:
            break
        }
        form.state = next
        if next == .signed { try await openNextPhase(after: loaded, in: context) }
        try await write(loaded, action: action.rawValue, comment: comment ?? (action == .signAsStaff ? form.staffStatement : nil), in: context)
        let signing = action == .signAsStaff || action == .signAsManager
        try await context.audit(signing ? .sign : .transition, .appraisalForm, id: loaded.formID,
                                "\(action.done): \(describe(loaded)); now \(next.displayName.lowercased())"
                                    + (comment.map { ": “\($0)”" } ?? ""))
        return loaded
    }

    /// Once both have signed the Beginning of Cycle, the Mid-term Review opens as a draft; once
    /// they have signed the Mid-term Review, the End of Cycle does, one entry per output and
    /// competency of the plan, and in a probation cycle that has one, the probationary report.
    /// A form already there (signed again after a return) is kept.
    private static func openNextPhase(after loaded: LoadedAppraisalForm, in context: ServiceContext) async throws {
        let cycleID = loaded.cycle.id!
        let next: [AppraisalFormKind]
        switch loaded.form.kind {
        case .beginning: next = [.midterm]
        case .midterm: next = loaded.cycle.probationReportDate == nil ? [.end] : [.end, .probationReport]
        case .end, .probationReport: return
        }
        let existing = Set(try await AppraisalForm.query(on: context.db).filter(\.$cycle.$id == cycleID).all().map(\.kind))
        let plan = try await CyclePlan.load(cycleID: cycleID, on: context.db)
        for kind in next where !existing.contains(kind) {
            let form = AppraisalForm()
            form.id = context.newID()
            form.kind = kind
            form.state = .draft
            form.content = try blankContent(kind, plan: plan)
            form.recordVersion = 1
            form.dueOn = loaded.cycle.scheduled.due(for: kind)
            form.$cycle.id = cycleID
            try await form.create(on: context.db)
            try await context.audit(.create, .appraisalForm, id: form.id,
                                    "Opened the \(kind.displayName) form of \(loaded.staff.record.details.name), cycle \(loaded.cycle.label)")
        }
    }

    /// A new form's content: the Mid-term Review and End of Cycle laid out on the plan.
    private static func blankContent(_ kind: AppraisalFormKind, plan: CyclePlan) throws -> String {
        let data: Data
        switch kind {
        case .beginning: data = try JSONEncoder.stride.encode(BeginningOfCycle())
        case .midterm: data = try JSONEncoder.stride.encode(MidtermReview(outputs: (plan.beginning?.outputs ?? []).map { OutputReview(key: $0.key) }))
        case .end: data = try JSONEncoder.stride.encode(EndOfCycleRules.blank(for: plan.endOfCycleContext(managesOthers: false)))
        case .probationReport: data = try JSONEncoder.stride.encode(ProbationaryReport())
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Saves the form a step further on and records the step in its history.
    private static func write(_ loaded: LoadedAppraisalForm, action: String, comment: String?, in context: ServiceContext) async throws {
        let form = loaded.form
        form.recordVersion += 1
        try await form.save(on: context.db)
        let event = AppraisalFormEvent()
        event.id = context.newID()
        event.occurredAt = context.now
        event.action = action
        event.state = form.state
        event.recordVersion = form.recordVersion
        event.content = form.content
        event.comment = comment
        event.actorID = context.actor
        event.$form.id = loaded.formID
        try await event.create(on: context.db)
    }

    private static func clearSignatures(_ form: AppraisalForm) {
        form.staffSignedAt = nil
        form.staffSignedHash = nil
        form.staffStatement = nil
        form.managerSignedAt = nil
        form.managerSignedBy = nil
        form.managerSignedHash = nil
    }

    private static func reload(_ formID: UUID, in context: ServiceContext) async throws -> LoadedAppraisalForm {
        guard let loaded = try await AppraisalFormLookup.load(formID, on: context.db, today: context.clock.today()) else {
            throw StrideError.notFound("The form")
        }
        return loaded
    }

    private static func authorize(_ viewer: Viewer, _ action: AppraisalPolicy.Action, _ loaded: LoadedAppraisalForm) throws {
        try AppraisalPolicy.decide(viewer, action, loaded.subject).enforce()
    }

    /// What a signature covers: the content exactly as stored (keys sorted, so equal content
    /// hashes alike), as SHA-256 in hex.
    static func contentHash(_ content: String) -> String {
        SHA256.hex(content)
    }

    /// "the Beginning of Cycle form of Ana Silva (S1234), cycle R3".
    private static func describe(_ loaded: LoadedAppraisalForm) -> String {
        "the \(loaded.form.kind.displayName) form of \(loaded.staff.record.details.name) (\(loaded.staff.record.details.staffNumber)), cycle \(loaded.cycle.label)"
    }
}

extension AppraisalAction {
    /// What was done, as the audit trail and a form's history say it.
    var done: String {
        switch self {
        case .submit: "Submitted for signature"
        case .submitSelfAssessment: "Submitted the self-assessment"
        case .sendBack: "Sent back to draft"
        case .signAsStaff: "Signed as the staff member"
        case .signAsManager: "Signed as the manager"
        case .sendToReportsBoard: "Sent to the Reports Board"
        case .review: "Reviewed"
        case .returnToParties: "Returned for correction"
        }
    }
}
