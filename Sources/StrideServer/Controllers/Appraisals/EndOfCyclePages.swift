import Fluent
import Foundation
import StrideCore
import Vapor

/// The End of Cycle's pages: the staff member's self-assessment first, then the manager's
/// ratings and overall rating, each party's page showing and saving only their own part.
struct EndOfCyclePages: AppraisalFormPages {
    /// Everything the pages read besides the form: the plan, the names, the rules' context.
    struct Setting: Sendable {
        let plan: CyclePlan
        let choices: BeginningOfCycleChoices
        let context: EndOfCycleRules.Context

        static func load(_ loaded: LoadedAppraisalForm, on db: any Database) async throws -> Setting {
            let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: db)
            let choices = try await BeginningOfCycleChoices.load(for: loaded, on: db)
            return Setting(plan: plan, choices: choices, context: plan.endOfCycleContext(managesOthers: choices.managesOthers))
        }

        var outputs: [PlannedOutput] { plan.outputs.filter(\.isActive) }

        func competencyName(_ skill: UUID) -> String {
            choices.competencies.first { $0.id == skill }?.name ?? "A competency no longer in the framework"
        }
    }

    func sections(_ loaded: LoadedAppraisalForm, content: String, on db: any Database) async throws -> [ReadOnlyForm.Section] {
        let setting = try await Setting.load(loaded, on: db)
        let form = EndOfCycleRules.align(try decode(EndOfCycle.self, content), setting.context)
        func rows(_ assessment: ElementAssessment) -> [ReadOnlyForm.Row] {
            [.text("Self-assessment", assessment.selfAssessment), .text("Rating", assessment.rating?.displayName),
             .text("Manager's comment", assessment.comment)]
        }
        var sections = zip(setting.outputs, form.outputs).enumerated().map { offset, pair in
            ReadOnlyForm.Section(heading: "Output \(offset + 1) of \(setting.outputs.count)",
                                 rows: [.text("Expected output", pair.0.current?.description),
                                        .text("Measures of success", pair.0.current?.measuresOfSuccess)] + rows(pair.1.assessment))
        }
        sections += form.competencies.map { competency in
            ReadOnlyForm.Section(heading: "Competency: \(setting.competencyName(competency.skillID))", rows: rows(competency.assessment))
        }
        sections.append(.init(heading: "Developmental objective", rows: [
            .text("Objective", setting.plan.beginning?.developmentalObjective.objective),
            .text("Self-assessment", form.objectiveSelfAssessment), .text("Manager's assessment", form.objectiveAssessment),
        ]))
        sections.append(.init(heading: "Challenges and lessons learned", rows: [
            .text("Challenges", form.challenges), .text("Lessons learned", form.lessonsLearned),
        ]))
        if setting.context.managesOthers || !form.accountabilitiesAssessment.isEmpty {
            sections.append(.init(heading: "Managerial accountabilities", rows: [.text("Manager's assessment", form.accountabilitiesAssessment)]))
        }
        var overall: [ReadOnlyForm.Row] = [.text("Overall rating", form.overallRating?.displayName)]
        if !form.justification.isEmpty { overall.append(.text("Justification", form.justification)) }
        sections.append(.init(heading: "Overall rating", rows: overall))
        return sections
    }

    func edit(_ req: Request, _ loaded: LoadedAppraisalForm, errors: [FieldError]) async throws -> Response {
        let setting = try await Setting.load(loaded, on: req.db)
        let stored = try decode(EndOfCycle.self, loaded.form.content)
        return try await render(req, loaded, setting, form: EndOfCycleForm(stored, context: setting.context, version: loaded.form.recordVersion),
                                errors: errors.map { FieldError(EndOfCycleForm.pageField($0.field), $0.message) })
    }

    func save(_ req: Request, _ loaded: LoadedAppraisalForm) async throws -> Response {
        let posted = EndOfCycleForm(posted: try req.content.decode([String: String].self))
        let setting = try await Setting.load(loaded, on: req.db)
        let part = try self.part(req, loaded)
        let stored = try decode(EndOfCycle.self, loaded.form.content)
        let (content, step, problems) = EndOfCycleRules.save(typed: posted.content(context: setting.context), over: stored, part: part,
                                                             handIn: posted.submits, context: setting.context)
        // The other party's part is merged from the version read here, so the save is refused if
        // anything changed since then.
        switch try await AppraisalFormService.save(content, problems: problems, then: step, formID: loaded.formID,
                                                   version: posted.version ?? loaded.form.recordVersion,
                                                   viewer: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            guard let current = try await AppraisalFormLookup.load(loaded.formID, on: req.db, today: req.clock.today()) else { throw StrideError.notFound("The form") }
            return try await render(req, current, setting, form: posted, version: current.form.recordVersion,
                                    errors: [FieldError(part == .selfAssessment ? "output-1-self" : "output-1-rating", Self.staleMessage)],
                                    status: .conflict)
        case .failure(let failure):
            return try await render(req, loaded, setting, form: posted,
                                    errors: failure.errors.map { FieldError(EndOfCycleForm.pageField($0.field), $0.message) })
        case .success:
            let message = switch step {
            case .submitSelfAssessment?: "Self-assessment handed in. Your manager completes their part next."
            case .submit?: "Form submitted. The staff member signs first, then the manager."
            default: "Form saved."
            }
            return saved(req, loaded, message)
        }
    }

    /// The part the signed-in person writes now (the policy has already allowed `.edit`).
    private func part(_ req: Request, _ loaded: LoadedAppraisalForm) throws -> EndOfCyclePart {
        try loaded.endOfCyclePart(for: try req.requireUser().viewer)
    }

    private func render(_ req: Request, _ loaded: LoadedAppraisalForm, _ setting: Setting, form: EndOfCycleForm, version: Int? = nil,
                        errors: [FieldError], status: HTTPStatus? = nil) async throws -> Response {
        let part = try self.part(req, loaded)
        let stored = EndOfCycleRules.align(try decode(EndOfCycle.self, loaded.form.content), setting.context)
        let model = EndOfCycleEditModel.make(loaded: loaded, setting: setting, part: part, form: form, stored: stored,
                                             version: version ?? form.version, errors: errors)
        return try await req.renderPage("appraisals/sectioned-edit", title: "Edit the End of Cycle", model, errors: errors, status: status)
    }
}
