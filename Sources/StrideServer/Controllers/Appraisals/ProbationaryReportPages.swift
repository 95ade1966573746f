import Fluent
import Foundation
import StrideCore
import Vapor

/// The probationary report's pages: the manager's account and recommendation, one page.
struct ProbationaryReportPages: AppraisalFormPages {
    func sections(_ loaded: LoadedAppraisalForm, content: String, on db: any Database) async throws -> [ReadOnlyForm.Section] {
        ProbationaryReportDocument.sections(try decode(ProbationaryReport.self, content))
    }

    func edit(_ req: Request, _ loaded: LoadedAppraisalForm, errors: [FieldError]) async throws -> Response {
        let form = ProbationaryReportForm(try decode(ProbationaryReport.self, loaded.form.content), version: loaded.form.recordVersion)
        return try await render(req, loaded, form: form, errors: errors)
    }

    func save(_ req: Request, _ loaded: LoadedAppraisalForm) async throws -> Response {
        let form = ProbationaryReportForm(posted: try req.content.decode([String: String].self))
        let content: ProbationaryReport
        switch form.content {
        case .invalid(let errors): return try await render(req, loaded, form: form, errors: errors)
        case .valid(let report): content = report
        }
        let problems = form.submits ? ProbationaryReportRules.submissionProblems(content) : ProbationaryReportRules.storageProblems(content)
        switch try await AppraisalFormService.save(content, problems: problems, then: form.submits ? .submit : nil, formID: loaded.formID,
                                                   version: form.version ?? loaded.form.recordVersion,
                                                   viewer: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            var current = form.values
            current["version"] = String(failure.staleSince!)
            return try await render(req, loaded, form: ProbationaryReportForm(posted: current),
                                    errors: [FieldError("performance", Self.staleMessage)], status: .conflict)
        case .failure(let failure):
            return try await render(req, loaded, form: form, errors: failure.errors)
        case .success:
            return saved(req, loaded, form.submits ? "Report submitted. The staff member signs first, then you." : "Report saved.")
        }
    }

    private func render(_ req: Request, _ loaded: LoadedAppraisalForm, form: ProbationaryReportForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = ProbationaryReportEditModel.make(loaded: loaded, form: form, errors: errors)
        return try await req.renderPage("appraisals/sectioned-edit", title: "Edit the probationary report", model, errors: errors, status: status)
    }
}
