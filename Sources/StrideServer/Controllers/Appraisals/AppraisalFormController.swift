import Foundation
import StrideCore
import Vapor

/// An appraisal form's pages: the document with what the viewer may do next, the edit form,
/// the print view, and the workflow's transitions.
struct AppraisalFormController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.appraisalForm(.key), use: show)
        routes.get(.editAppraisalForm(.key), use: edit)
        routes.post(.editAppraisalForm(.key), use: save)
        routes.get(.printAppraisalForm(.key), use: print)
        routes.post(.appraisalFormTransitions(.key), use: transition)
    }

    /// The form now, or with `?version=N` as it stood after that step of its history.
    @Sendable func show(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .view)
        guard let raw = req.query[String.self, at: "version"] else { return try await renderShow(req, loaded, errors: [], typed: [:]) }
        let history = try await AppraisalFormLookup.history(of: loaded.formID, on: req.db)
        guard let version = Int(raw), let step = history.last(where: { $0.event.recordVersion == version }) else {
            throw StrideError.notFound("That version of the form")
        }
        let document = try await document(req, loaded, history: history, at: step.event, printHref: nil)
        let model = AppraisalVersionModel(document: document, currentHref: StridePath.appraisalForm(loaded.formID).href,
                                          note: "Version \(version): the form as it stood on \(DisplayDate.instant(step.event.occurredAt)), "
                                              + "after \(step.actorName ?? "Stride") \(AppraisalFormPageModel.describe(step.event).lowercasedFirst).")
        return try await req.page("appraisals/version", title: "\(loaded.form.kind.displayName), version \(version)", model)
    }

    @Sendable func print(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .view)
        let history = try await AppraisalFormLookup.history(of: loaded.formID, on: req.db)
        let document = try await document(req, loaded, history: history, at: nil, printHref: nil)
        return try await req.page("appraisals/print", title: "\(loaded.form.kind.displayName): \(loaded.staff.record.details.name)",
                                  AppraisalPrintModel(document: document, printedOn: DisplayDate.instant(req.clock.now())))
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .edit)
        return try await Self.pages(loaded).edit(req, loaded, errors: [])
    }

    @Sendable func save(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .edit)
        return try await Self.pages(loaded).save(req, loaded)
    }

    @Sendable func transition(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .view)
        let posted = try req.content.decode([String: String].self)
        guard let action = posted["action"].flatMap(AppraisalAction.init(rawValue:)) else {
            throw StrideError.badRequest("action: choose what to do with the form")
        }
        let user = try req.requireUser()
        let request = AppraisalFormService.Transition(
            action: action, comment: posted[AppraisalFormPageModel.fieldID(action, "comment")],
            statement: posted[AppraisalFormPageModel.fieldID(action, "statement")], version: posted["version"].flatMap { Int($0) })
        do {
            _ = try await AppraisalFormService.transition(request, formID: loaded.formID, viewer: user.viewer, in: req.services)
        } catch StrideError.invalid(let errors) {
            let own = ["comment", "statement"]
            guard errors.allSatisfy({ own.contains($0.field) }) else {
                // The form is not complete enough to submit: the problems are on the edit page.
                return try await Self.pages(loaded).edit(req, loaded, errors: errors)
            }
            return try await renderShow(req, loaded, errors: errors.map { FieldError(AppraisalFormPageModel.fieldID(action, $0.field), $0.message) },
                                        typed: posted)
        }
        req.flash(Self.confirmation(action))
        return req.redirect(to: .appraisalForm(loaded.formID))
    }

    // MARK: - Rendering

    private func authorized(_ req: Request, _ action: AppraisalPolicy.Action) async throws -> LoadedAppraisalForm {
        guard let loaded = try await AppraisalFormLookup.load(try req.parameter(.formID), on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The form")
        }
        try req.authorize(action, loaded.subject)
        return loaded
    }

    /// The document now (`step` nil) or as it stood after `step`.
    private func document(_ req: Request, _ loaded: LoadedAppraisalForm, history: [AppraisalFormLookup.HistoryEntry],
                          at step: AppraisalFormEvent?, printHref: String?) async throws -> ReadOnlyForm {
        let sections = try await Self.pages(loaded).sections(loaded, content: step?.content ?? loaded.form.content, on: req.db)
        return AppraisalDocument.make(loaded, sections: sections, history: history, version: step?.recordVersion, printHref: printHref)
    }

    /// The pages of the form's kind.
    static func pages(_ loaded: LoadedAppraisalForm) -> any AppraisalFormPages {
        switch loaded.form.kind {
        case .beginning: BeginningOfCyclePages()
        case .midterm: MidtermReviewPages()
        case .end: EndOfCyclePages()
        case .probationReport: ProbationaryReportPages()
        }
    }

    private func renderShow(_ req: Request, _ loaded: LoadedAppraisalForm, errors: [FieldError], typed: [String: String]) async throws -> Response {
        let user = try req.requireUser()
        let history = try await AppraisalFormLookup.history(of: loaded.formID, on: req.db)
        let document = try await document(req, loaded, history: history, at: nil, printHref: StridePath.printAppraisalForm(loaded.formID).href)
        let model = AppraisalFormPageModel(loaded: loaded, document: document, viewer: user.viewer,
                                           canEdit: req.isAllowed(.edit, loaded.subject), history: history, errors: errors, typed: typed,
                                           companions: try await FormCompanionsQuery.load(loaded, viewer: user.viewer, on: req.db))
        return try await req.renderPage("appraisals/form", title: "\(loaded.form.kind.displayName): \(loaded.staff.record.details.name)",
                                        model, errors: errors)
    }

    private static func confirmation(_ action: AppraisalAction) -> String {
        switch action {
        case .submit: "Form submitted. The staff member signs first, then the manager."
        case .submitSelfAssessment: "Self-assessment submitted. Your manager completes their part next."
        case .sendBack: "Form sent back to draft."
        case .signAsStaff: "You signed the form. Your manager signs next."
        case .signAsManager: "You signed the form. It is complete."
        case .sendToReportsBoard: "Form sent to the Reports Board."
        case .review: "Form marked as reviewed."
        case .returnToParties: "Form returned for correction."
        }
    }
}
