import Fluent
import Foundation
import StrideCore
import Vapor

/// The Mid-term Review's pages: each output agreed at the beginning with its progress and any
/// change or drop, the outputs added now, and progress on the developmental objective.
struct MidtermReviewPages: AppraisalFormPages {
    func sections(_ loaded: LoadedAppraisalForm, content: String, on db: any Database) async throws -> [ReadOnlyForm.Section] {
        let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: db)
        let review = try decode(MidtermReview.self, content)
        let outputs = OutputPlan.current(agreed: plan.beginning?.outputs ?? [], midterm: review)
        var sections = outputs.enumerated().map { offset, output in
            var rows: [ReadOnlyForm.Row]
            switch output.adjustment {
            case .drop?:
                rows = [.text("Expected output", output.agreed?.description), .text("Adjustment", "Dropped"), .text("Reason for the change", output.reason)]
            case .add?:
                rows = [.text("Expected output", output.current?.description), .text("Measures of success", output.current?.measuresOfSuccess),
                        .text("Timeline", output.current?.timeline), .text("Adjustment", "Added at the mid-term"),
                        .text("Reason for the change", output.reason)]
            case .change?, nil:
                let agreed = output.agreed, current = output.current
                rows = [
                    .agreedAndAdjusted("Expected output", agreed: agreed?.description ?? "", adjusted: current?.description, reason: output.reason),
                    .agreedAndAdjusted("Measures of success", agreed: agreed?.measuresOfSuccess ?? "", adjusted: current?.measuresOfSuccess, reason: nil),
                    .agreedAndAdjusted("Timeline", agreed: agreed?.timeline ?? "", adjusted: current?.timeline, reason: nil),
                ]
            }
            if output.adjustment != .drop { rows.append(.text("Progress", output.progress)) }
            return ReadOnlyForm.Section(heading: "Output \(offset + 1) of \(outputs.count)", rows: rows)
        }
        sections.append(.init(heading: "Developmental objective", rows: [
            .text("Objective", plan.beginning?.developmentalObjective.objective), .text("Progress", review.objectiveProgress),
        ]))
        if !review.comments.isEmpty { sections.append(.init(heading: "Comments", rows: [.text("Comments", review.comments)])) }
        return sections
    }

    func edit(_ req: Request, _ loaded: LoadedAppraisalForm, errors: [FieldError]) async throws -> Response {
        let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: req.db)
        let agreed = plan.beginning?.outputs ?? []
        let form = MidtermReviewForm(try decode(MidtermReview.self, loaded.form.content), agreed: agreed, version: loaded.form.recordVersion)
        return try await render(req, loaded, plan, form: form,
                                errors: errors.map { FieldError(MidtermReviewForm.pageField($0.field, agreed: agreed.count), $0.message) })
    }

    func save(_ req: Request, _ loaded: LoadedAppraisalForm) async throws -> Response {
        let form = MidtermReviewForm(posted: try req.content.decode([String: String].self))
        let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: req.db)
        if let regrouped = form.applying(form.intent) { return try await render(req, loaded, plan, form: regrouped, errors: []) }
        let agreed = plan.beginning?.outputs ?? []
        let ids = req.application.dependencies.ids
        let content = form.content(agreed: agreed, newKey: { ids.next() })
        let submit = form.intent == "submit"
        let problems = submit ? MidtermReviewRules.submissionProblems(content, agreed: agreed) : MidtermReviewRules.storageProblems(content)
        switch try await AppraisalFormService.save(content, problems: problems, then: submit ? .submit : nil, formID: loaded.formID,
                                                   version: form.version ?? loaded.form.recordVersion, viewer: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            var current = form.values
            current["version"] = String(failure.staleSince!)
            return try await render(req, loaded, plan, form: MidtermReviewForm(posted: current),
                                    errors: [FieldError("output-1-progress", Self.staleMessage)], status: .conflict)
        case .failure(let failure):
            return try await render(req, loaded, plan, form: form,
                                    errors: failure.errors.map { FieldError(MidtermReviewForm.pageField($0.field, agreed: agreed.count), $0.message) })
        case .success:
            return saved(req, loaded, submit ? "Form submitted. The staff member signs first, then the manager." : "Form saved.")
        }
    }

    private func render(_ req: Request, _ loaded: LoadedAppraisalForm, _ plan: CyclePlan, form: MidtermReviewForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = MidtermReviewEditModel.make(loaded: loaded, plan: plan, form: form, errors: errors)
        return try await req.renderPage("appraisals/sectioned-edit", title: "Edit the Mid-term Review", model, errors: errors, status: status)
    }
}
