import Fluent
import StrideCore
import Vapor

/// Performance improvement plans: a person's list, opening and editing a plan (the manager or
/// HR), the person's own view, check-ins, the six-month review and the Reports Board's review.
struct ImprovementPlanController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.staffImprovementPlans(.key), use: index)
        routes.get(.newImprovementPlan(.key), use: new)
        routes.post(.newImprovementPlan(.key), use: create)
        routes.get(.improvementPlan(.key), use: show)
        routes.get(.editImprovementPlan(.key), use: edit)
        routes.post(.editImprovementPlan(.key), use: update)
        routes.post(.improvementPlanOwnView(.key), use: ownView)
        routes.post(.improvementPlanCheckIns(.key), use: checkIn)
        routes.get(.improvementPlanReview(.key), use: reviewForm)
        routes.post(.improvementPlanReview(.key), use: review)
        routes.post(.improvementPlanBoardReview(.key), use: boardReview)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let (staff, subject) = try await person(req, allowing: .view)
        let model = ImprovementPlanListModel(staff: staff, plans: try await ImprovementPlanQueries.plans(of: staff.record.id, on: req.db),
                                             mayOpen: req.isAllowed(.manage, subject))
        return try await req.page("improvement-plans/index", title: "Improvement plans: \(model.staffName)", model)
    }

    @Sendable func new(req: Request) async throws -> Response {
        let (staff, _) = try await person(req, allowing: .manage)
        return try await renderForm(req, staff: staff, form: ImprovementPlanForm(startsOn: req.clock.today().iso), action: .newImprovementPlan(staff.record.id),
                                    errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let (staff, _) = try await person(req, allowing: .manage)
        let form = try ImprovementPlanForm.decode(req)
        let suggestedBy = req.query[String.self, at: "form"].flatMap(UUID.init(uuidString:))
        switch try await ImprovementPlanService.open(for: staff.record.id, form.input, endOfCycleForm: suggestedBy,
                                                     as: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure):
            return try await renderForm(req, staff: staff, form: form, action: .newImprovementPlan(staff.record.id), errors: failure.errors)
        case .success(let plan):
            req.flash("The plan is open. \(staff.record.details.name) can now add their own view; its review is due \(DisplayDate.long(plan.reviewDueOn)).")
            return req.redirect(to: .improvementPlan(try plan.requireID()))
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, try await plan(req, allowing: .view), typed: [:], errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let loaded = try await plan(req, allowing: .manage)
        guard let content = loaded.plan.planContent else { throw StrideError.conflict("The plan's content cannot be read") }
        return try await renderForm(req, staff: loaded.staff, form: ImprovementPlanForm(content, version: loaded.plan.recordVersion),
                                    action: .editImprovementPlan(loaded.plan.id!), errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        let loaded = try await plan(req, allowing: .manage)
        let form = try ImprovementPlanForm.decode(req)
        switch try await ImprovementPlanService.update(loaded.plan.id!, form.input, version: form.version, as: try req.requireUser().viewer,
                                                       in: req.services) {
        case .failure(let failure):
            let errors = failure.staleSince.map { _ in [FieldError("areas", "Someone saved this plan after you opened it: reload it and make your changes again")] }
                ?? failure.errors
            return try await renderForm(req, staff: loaded.staff, form: form, action: .editImprovementPlan(loaded.plan.id!), errors: errors)
        case .success:
            req.flash("Plan saved.")
            return req.redirect(to: .improvementPlan(loaded.plan.id!))
        }
    }

    @Sendable func ownView(req: Request) async throws -> Response {
        try await act(req, .giveOwnView, done: "Your view is saved with the plan.") { sent, viewer, planID, context in
            try await ImprovementPlanService.giveOwnView(planID, view: sent["view"], supportConcerns: sent["supportConcerns"], as: viewer, in: context)
        }
    }

    @Sendable func checkIn(req: Request) async throws -> Response {
        try await act(req, .manage, done: "Check-in recorded.") { sent, viewer, planID, context in
            try await ImprovementPlanService.checkIn(planID, note: sent["note"], as: viewer, in: context)
        }
    }

    @Sendable func boardReview(req: Request) async throws -> Response {
        try await act(req, .reviewAsBoard, done: "Marked as reviewed by the Reports Board.") { sent, viewer, planID, context in
            try await ImprovementPlanService.boardReview(planID, comment: sent["comment"], as: viewer, in: context)
        }
    }

    @Sendable func reviewForm(req: Request) async throws -> Response {
        let loaded = try await plan(req, allowing: .manage)
        return try await req.page("form", title: "Six-month review: \(loaded.staff.record.details.name)",
                                  ImprovementPlanModel.reviewForm(loaded.plan.id!, typed: [:], errors: []))
    }

    @Sendable func review(req: Request) async throws -> Response {
        let loaded = try await plan(req, allowing: .manage)
        let sent = try req.content.decode([String: String].self)
        switch try await ImprovementPlanService.review(loaded.plan.id!, progress: sent["progress"], nextStep: sent["nextStep"], summary: sent["summary"],
                                                       as: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure):
            return try await req.renderPage("form", title: "Six-month review: \(loaded.staff.record.details.name)",
                                            ImprovementPlanModel.reviewForm(loaded.plan.id!, typed: sent, errors: failure.errors), errors: failure.errors)
        case .success:
            req.flash("Review recorded and sent to the Reports Board. The plan no longer changes.")
            return req.redirect(to: .improvementPlan(loaded.plan.id!))
        }
    }

    /// A form posted on the plan's page: on failure the page again with the errors beside it.
    private func act(_ req: Request, _ action: ImprovementPlanPolicy.Action, done: String,
                     _ work: ([String: String], Viewer, UUID, ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors>) async throws -> Response {
        let loaded = try await plan(req, allowing: action)
        let sent = try req.content.decode([String: String].self)
        switch try await work(sent, try req.requireUser().viewer, loaded.plan.id!, req.services) {
        case .failure(let failure): return try await render(req, loaded, typed: sent, errors: failure.errors)
        case .success:
            req.flash(done)
            return req.redirect(to: .improvementPlan(loaded.plan.id!))
        }
    }

    private func person(_ req: Request, allowing action: ImprovementPlanPolicy.Action) async throws -> (StaffRows.Listed, ImprovementPlanSubject) {
        guard let staff = try await StaffRows.personAndSupervisor(try req.parameter(.staffID), on: req.db)?.person else {
            throw StrideError.notFound("The staff member")
        }
        let subject = ImprovementPlanSubject(staff: req.staffSubject(staff))
        try req.authorize(action, subject)
        return (staff, subject)
    }

    private func plan(_ req: Request, allowing action: ImprovementPlanPolicy.Action) async throws -> ImprovementPlanQueries.Loaded {
        guard let loaded = try await ImprovementPlanQueries.load(try req.parameter(.planID), on: req.db) else {
            throw StrideError.notFound("The improvement plan")
        }
        try req.authorize(action, loaded.subject)
        return loaded
    }

    private func render(_ req: Request, _ loaded: ImprovementPlanQueries.Loaded, typed: [String: String], errors: [FieldError]) async throws -> Response {
        let checkIns = try await ImprovementPlanQueries.checkIns(of: loaded.plan.id!, on: req.db)
        let names = try await AppraisalFormLookup.names([loaded.plan.reviewedBy, loaded.plan.boardReviewedBy].compactMap { $0 }, on: req.db)
        let model = ImprovementPlanModel(loaded, checkIns: checkIns, names: names,
                                         may: (req.isAllowed(.manage, loaded.subject), req.isAllowed(.giveOwnView, loaded.subject),
                                               req.isAllowed(.reviewAsBoard, loaded.subject)),
                                         today: req.clock.today(), typed: typed, errors: errors)
        return try await req.renderPage("improvement-plans/show", title: "Improvement plan: \(model.staffName)", model, errors: errors)
    }

    private func renderForm(_ req: Request, staff: StaffRows.Listed, form: ImprovementPlanForm, action: StridePath, errors: [FieldError]) async throws -> Response {
        var view = EditFormView(heading: "Improvement plan for \(staff.record.details.name)", action: action.href + (req.url.query.map { "?\($0)" } ?? ""),
                                fields: form.fields(errors: errors), cancelHref: StridePath.staffImprovementPlans(staff.record.id).href)
        if let version = form.version { view.hidden = [.init(name: "version", value: String(version))] }
        return try await req.renderPage("form", title: view.heading, view, errors: errors)
    }
}
