import Fluent
import StrideCore
import Vapor

/// The alignment page, from the organisation's outcomes down to the outputs serving them, and
/// HR's setting of those outcomes.
struct AlignmentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.alignment, use: index)
        routes.get(.alignmentNode(.key), use: node)
        routes.get(.newOrganisationalOutcome, use: new)
        routes.post(.newOrganisationalOutcome, use: create)
        routes.get(.editOrganisationalOutcome(.key), use: edit)
        routes.post(.editOrganisationalOutcome(.key), use: update)
    }

    /// `?on=` looks at another day of the plan, `?unit=` at one unit's branch of the tree.
    struct TreeQuery: Decodable {
        let on: String?
        let unit: String?
        let after: String?

        /// The day asked for, when `on` is one; a day that is not a date shows today.
        var day: CalendarDate? { on.flatMap(CalendarDate.init(iso:)) }
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.view, OrganisationalOutcomes())
        let asked = try? req.query.decode(TreeQuery.self)
        // A unit that is not one shows the whole organisation.
        let day = asked?.day ?? req.clock.today()
        let asksUnit = asked?.unit.flatMap(UUID.init(uuidString:))
        let tree = try await req.application.figureCaches.alignment(on: day, including: asksUnit, for: req)
        let query = tree.value
        let unit = asksUnit.flatMap { query.units[$0] == nil ? nil : $0 }
        let fold = query.fold(focus: unit)
        let shown = query.trees(fold).flatMap(\.children).filter { $0.level == .unitOutcome }
        let outputs = try await AlignmentOutputsQuery.first(underOutcomes: shown.map(\.id), objectives: shown.flatMap(\.children).map(\.id),
                                                            on: day, db: req.db)
        let people = Set(outputs.map(\.staffID) + query.unlinked.map(\.staffID))
        let model = AlignmentModel(query, fold: fold, explicitUnit: unit != nil, outputs: outputs, day: day, dayQuery: asked?.day?.iso,
                                   openable: try await req.openableStaff(Array(people)),
                                   canManage: req.isAllowed(.manage, OrganisationalOutcomes()), asOf: tree.asOf)
        return try await req.renderPage("alignment/index", title: "Alignment", model)
    }

    /// The outputs serving one unit outcome or objective, fifty at a time in the order their forms last linked them.
    @Sendable func node(req: Request) async throws -> Response {
        try req.authorize(.view, OrganisationalOutcomes())
        guard let info = try await AlignmentOutputsQuery.node(try req.parameter(.nodeID), db: req.db) else { throw StrideError.notFound("The outcome or objective") }
        let asked = try? req.query.decode(TreeQuery.self)
        let day = asked?.day ?? req.clock.today()
        let after = asked?.after.flatMap(UUID.init(uuidString:))
        let page = try await AlignmentOutputsQuery.page(of: info.node, on: day, after: after, limit: KeysetPaging.defaultLimit, db: req.db)
        let total = try await AlignmentOutputsQuery.count(of: info.node, on: day, db: req.db)
        let model = AlignmentNodeModel(info, total: total, page: page, isFirstPage: after == nil, openable: try await req.openableStaff(page.rows.map(\.staffID)),
                                       dayQuery: asked?.day?.iso)
        return try await req.renderPage("alignment/node", title: info.title, model)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.authorize(.manage, OrganisationalOutcomes())
        let policy = try await CyclePolicyService.all(on: req.db)[.regular] ?? .standard
        let next = policy.bienniumStart(after: req.clock.today())
        return try await render(req, outcome: nil, form: .init(periodStart: next.adding(months: -24).iso, periodEnd: next.iso), errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try req.authorize(.manage, OrganisationalOutcomes())
        let form = try req.content.decode(OrganisationalOutcomeForm.self)
        switch try await OrganisationalOutcomeService.save(form.input, owner: form.owner, existing: nil, version: nil, in: req.services) {
        case .failure(let failure):
            return try await render(req, outcome: nil, form: form, errors: failure.errors)
        case .success(let outcome):
            return try await Self.showChanged(req, "Outcome “\(outcome.title)” added.")
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try req.authorize(.manage, OrganisationalOutcomes())
        let outcome = try await req.find(OrganisationalOutcome.self, .organisationalOutcomeID, "The outcome")
        return try await render(req, outcome: outcome, form: try await savedForm(outcome, on: req.db), errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        try req.authorize(.manage, OrganisationalOutcomes())
        let outcome = try await req.find(OrganisationalOutcome.self, .organisationalOutcomeID, "The outcome")
        let form = try req.content.decode(OrganisationalOutcomeForm.self)
        switch try await OrganisationalOutcomeService.save(form.input, owner: form.owner, existing: outcome, version: form.version,
                                                           in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            let current = try await req.find(OrganisationalOutcome.self, .organisationalOutcomeID, "The outcome")
            let saved = try await savedForm(current, on: req.db)
            let stale = try StaleEdit.resubmission(typed: form, saved: saved, fields: saved.fields(errors: []))
            return try await render(req, outcome: current, form: stale.form, errors: stale.errors, status: .conflict)
        case .failure(let failure):
            return try await render(req, outcome: outcome, form: form, errors: failure.errors)
        case .success(let saved):
            return try await Self.showChanged(req, "Outcome “\(saved.title)” updated.")
        }
    }

    private func savedForm(_ outcome: OrganisationalOutcome, on db: any Database) async throws -> OrganisationalOutcomeForm {
        let owner = try await outcome.$owner.get(on: db)
        return OrganisationalOutcomeForm(outcome, ownerReference: owner?.staffNumber)
    }

    private func render(_ req: Request, outcome: OrganisationalOutcome?, form: OrganisationalOutcomeForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let action: StridePath = try outcome.map { .editOrganisationalOutcome(try $0.requireID()) } ?? .newOrganisationalOutcome
        let model = EditFormView(heading: outcome == nil ? "Add an organisational outcome" : "Change an organisational outcome",
                                 action: action.href, fields: form.fields(errors: errors), cancelHref: StridePath.alignment.href,
                                 hidden: form.version.map { [.init(name: "version", value: String($0))] } ?? [])
        return try await req.renderPage("form", title: model.heading, model, errors: errors, status: status)
    }

    /// Back to the tree, drawn afresh on this server so the change just made is in it.
    private static func showChanged(_ req: Request, _ message: String) async throws -> Response {
        await req.outcomesChanged()
        req.flash(message)
        return req.redirect(to: .alignment)
    }
}
