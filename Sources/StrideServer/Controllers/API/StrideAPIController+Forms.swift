import Foundation
import StrideAPI
import StrideCore
import Vapor

/// The appraisal forms of the API: the same lookups, policies and service as the form pages.
extension StrideAPIController {
    func listForms(_ input: Operations.ListForms.Input) async throws -> Operations.ListForms.Output {
        let req = try APIRequest.signedIn()
        let query = input.query
        let page = try await FormListQuery.page(
            AppraisalPolicy.visibility(for: try req.requireUser().viewer),
            filter: .init(states: query.state.map { [AppraisalState(rawValue: $0.rawValue)!] }, kind: query.kind.map { AppraisalFormKind(rawValue: $0.rawValue)! }),
            order: .id(after: try Self.cursor(query.cursor)), limit: try Self.limit(query.limit), today: req.clock.today(), on: req.db)
        let today = req.clock.today()
        return .ok(.init(body: .json(.init(forms: page.rows.map { .init($0, today: today) }, next: page.next?.uuidString.lowercased()))))
    }

    func reportsBoardQueue(_ input: Operations.ReportsBoardQueue.Input) async throws -> Operations.ReportsBoardQueue.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.viewQueue, ReportsBoard())
        let user = try req.requireUser(), query = input.query, today = req.clock.today()
        let unit = try query.unit.map { raw in
            guard let id = UUID(uuidString: raw) else { throw StrideError.badRequest("unit: must be a unit's id (a UUID)") }
            return id
        }
        let status = query.status.flatMap { ReportsBoardStatus(rawValue: $0.rawValue) } ?? .waiting
        let filter = FormListQuery.Filter(states: [status.state], kind: query.kind.map { AppraisalFormKind(rawValue: $0.rawValue)! },
                                          unitID: unit, contract: query.contractType.map { ContractType(rawValue: $0.rawValue)! },
                                          dueBefore: query.overdue == true ? today : nil, notOf: user.staffID)
        let page = try await FormListQuery.page(AppraisalPolicy.visibility(for: user.viewer), filter: filter,
                                                order: .id(after: try Self.cursor(query.cursor)), limit: try Self.limit(query.limit),
                                                today: today, on: req.db)
        return .ok(.init(body: .json(.init(forms: page.rows.map { .init($0, today: today) }, next: page.next?.uuidString.lowercased()))))
    }

    func getForm(_ input: Operations.GetForm.Input) async throws -> Operations.GetForm.Output {
        let req = try APIRequest.signedIn()
        let loaded = try await Self.form(input.path.formID, req, .view)
        return .ok(.init(body: .json(try Self.body(loaded, req))))
    }

    func updateForm(_ input: Operations.UpdateForm.Input) async throws -> Operations.UpdateForm.Output {
        let req = try APIRequest.signedIn()
        let loaded = try await Self.form(input.path.formID, req, .edit)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send the form as JSON") }
        let kind = loaded.form.kind
        guard body.content.kind == kind else {
            throw StrideError.invalid([FieldError("content.kind", "this form is a \(kind.displayName): send its content with kind \(kind.rawValue)")])
        }
        let ids = req.application.dependencies.ids, user = try req.requireUser(), submit = body.submit ?? false
        func save<Content: Encodable & Sendable>(_ content: Content, _ problems: [FieldError], _ step: AppraisalAction?) async throws
            -> Result<LoadedAppraisalForm, FieldErrors> {
            try await AppraisalFormService.save(content, problems: problems, then: step, formID: loaded.formID, version: body.version,
                                                viewer: user.viewer, in: req.services)
        }
        let outcome: Result<LoadedAppraisalForm, FieldErrors>
        switch body.content {
        case .beginning(let content):
            let core = try Self.valid(content.core(newKey: { ids.next() }))
            let problems = submit
                ? BeginningOfCycleRules.submissionProblems(core, context: try await BeginningOfCycleChoices.load(for: loaded, on: req.db).rulesContext)
                : BeginningOfCycleRules.storageProblems(core)
            outcome = try await save(core, problems, submit ? .submit : nil)
        case .midterm(let content):
            let core = try Self.valid(content.core(newKey: { ids.next() }))
            let agreed = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: req.db).beginning?.outputs ?? []
            let problems = submit ? MidtermReviewRules.submissionProblems(core, agreed: agreed) : MidtermReviewRules.storageProblems(core)
            outcome = try await save(core, problems, submit ? .submit : nil)
        case .end(let content):
            let typed = try Self.valid(content.core())
            let part = try loaded.endOfCyclePart(for: user.viewer)
            let context = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: req.db)
                .endOfCycleContext(managesOthers: try await AppraisalFormChecks.managesOthers(loaded, on: req.db))
            let stored = try JSONDecoder().decode(EndOfCycle.self, from: Data(loaded.form.content.utf8))
            let (merged, step, problems) = EndOfCycleRules.save(typed: typed, over: stored, part: part, handIn: submit, context: context)
            outcome = try await save(merged, problems, step)
        case .probationReport(let content):
            let problems = submit ? ProbationaryReportRules.submissionProblems(content.core) : ProbationaryReportRules.storageProblems(content.core)
            outcome = try await save(content.core, problems, submit ? .submit : nil)
        }
        switch outcome {
        case .failure(let failure) where failure.staleSince != nil:
            throw StrideError.conflict("version: the form has changed since version \(body.version) (it is now version \(failure.staleSince!)); read it again and reapply your change")
        case .failure(let failure):
            throw StrideError.invalid(failure.errors.map(\.inContent))
        case .success(let saved):
            return .ok(.init(body: .json(try Self.body(saved, req))))
        }
    }

    private static func valid<Value>(_ validated: Validated<Value>) throws -> Value {
        guard let value = validated.value else { throw StrideError.invalid(validated.errors) }
        return value
    }

    func transitionForm(_ input: Operations.TransitionForm.Input) async throws -> Operations.TransitionForm.Output {
        let req = try APIRequest.signedIn()
        let loaded = try await Self.form(input.path.formID, req, .view)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"action\": …} as JSON") }
        let transition = AppraisalFormService.Transition(action: AppraisalAction(rawValue: body.action.rawValue)!, comment: body.comment,
                                                         statement: body.statement, version: body.version)
        do {
            let moved = try await AppraisalFormService.transition(transition, formID: loaded.formID, viewer: try req.requireUser().viewer,
                                                                  in: req.services)
            return .ok(.init(body: .json(try Self.body(moved, req))))
        } catch StrideError.invalid(let errors) {
            // A comment or statement is the body's own field; anything else is the content's.
            throw StrideError.invalid(errors.map { ["comment", "statement"].contains($0.field) ? $0 : $0.inContent })
        }
    }

    private static func form(_ raw: String, _ req: Request, _ action: AppraisalPolicy.Action) async throws -> LoadedAppraisalForm {
        guard let id = UUID(uuidString: raw), let loaded = try await AppraisalFormLookup.load(id, on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The form")
        }
        try req.authorize(action, loaded.subject)
        return loaded
    }

    private static func body(_ loaded: LoadedAppraisalForm, _ req: Request) throws -> Components.Schemas.Form {
        .init(loaded, content: try .init(loaded.form), viewer: try req.requireUser().viewer, today: req.clock.today())
    }

    /// A page's cursor parsed by `parse`; none (or an empty one) is the first page.
    static func cursor<Cursor>(_ raw: String?, _ parse: (String) -> Cursor?) throws -> Cursor? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let cursor = parse(raw) else { throw StrideError.badRequest("cursor: use the `next` value of the page before") }
        return cursor
    }

    /// A database-paged list's cursor: the last id of the page before.
    static func cursor(_ raw: String?) throws -> UUID? {
        try cursor(raw, UUID.init(uuidString:))
    }

    static func limit(_ raw: Int?) throws -> Int {
        guard let raw else { return KeysetPaging.defaultLimit }
        guard (1...KeysetPaging.maxLimit).contains(raw) else {
            throw StrideError.badRequest("limit: must be between 1 and \(KeysetPaging.maxLimit)")
        }
        return raw
    }
}
