import Fluent
import Foundation
import StrideCore
import Vapor

/// The Beginning of Cycle's pages: outputs and competencies as repeated groups.
struct BeginningOfCyclePages: AppraisalFormPages {
    func sections(_ loaded: LoadedAppraisalForm, content: String, on db: any Database) async throws -> [ReadOnlyForm.Section] {
        BeginningOfCycleDocument.sections(try decode(BeginningOfCycle.self, content), choices: try await BeginningOfCycleChoices.load(for: loaded, on: db))
    }

    func edit(_ req: Request, _ loaded: LoadedAppraisalForm, errors: [FieldError]) async throws -> Response {
        let content = try decode(BeginningOfCycle.self, loaded.form.content)
        return try await render(req, loaded, form: BeginningOfCycleForm(content, version: loaded.form.recordVersion),
                                errors: errors.map(Self.pageError))
    }

    func save(_ req: Request, _ loaded: LoadedAppraisalForm) async throws -> Response {
        let form = BeginningOfCycleForm(posted: try req.content.decode([String: String].self))
        switch form.intent {
        case .add, .remove:
            return try await render(req, loaded, form: form.applying(form.intent), errors: [])
        case .saveDraft, .submit:
            break
        }
        let submit = form.intent == .submit
        let choices = try await BeginningOfCycleChoices.load(for: loaded, on: req.db)
        let ids = req.application.dependencies.ids
        let content = form.content(managesOthers: choices.managesOthers, newKey: { ids.next() })
        let problems = submit ? BeginningOfCycleRules.submissionProblems(content, context: choices.rulesContext)
            : BeginningOfCycleRules.storageProblems(content)
        switch try await AppraisalFormService.save(content, problems: problems, then: submit ? .submit : nil, formID: loaded.formID,
                                                   version: form.version ?? loaded.form.recordVersion,
                                                   viewer: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            guard let current = try await AppraisalFormLookup.load(loaded.formID, on: req.db, today: req.clock.today()) else { throw StrideError.notFound("The form") }
            return try await render(req, current, form: form.withVersion(current.form.recordVersion),
                                    errors: [FieldError(RepeatedGroup.fieldID("output", 1, "description"), Self.staleMessage)], status: .conflict)
        case .failure(let failure):
            return try await render(req, loaded, form: form, errors: failure.errors.map(Self.pageError), choices: choices)
        case .success:
            return saved(req, loaded, submit ? "Form submitted. The staff member signs first, then the manager." : "Form saved.")
        }
    }

    private func render(_ req: Request, _ loaded: LoadedAppraisalForm, form: BeginningOfCycleForm, errors: [FieldError],
                        choices: BeginningOfCycleChoices? = nil, status: HTTPStatus? = nil) async throws -> Response {
        let choices = if let choices { choices } else { try await BeginningOfCycleChoices.load(for: loaded, on: req.db) }
        let model = BeginningOfCycleEditModel(loaded: loaded, form: form, choices: choices, errors: errors,
                                              action: StridePath.editAppraisalForm(loaded.formID).href,
                                              cancelHref: StridePath.appraisalForm(loaded.formID).href)
        return try await req.renderPage("appraisals/beginning-edit", title: "Edit the \(model.heading)", model, errors: errors, status: status)
    }

    private static func pageError(_ error: FieldError) -> FieldError {
        FieldError(BeginningOfCycleForm.pageField(error.field), error.message)
    }
}
