import Fluent
import StrideCore
import Vapor

/// A unit's outcomes, kept by HR and the unit's responsible chief.
struct UnitOutcomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newUnitOutcome(.key), use: new)
        routes.post(.newUnitOutcome(.key), use: create)
        routes.get(.editUnitOutcome(unit: .key, outcome: .key), use: edit)
        routes.post(.editUnitOutcome(unit: .key, outcome: .key), use: update)
    }

    @Sendable func new(req: Request) async throws -> Response {
        let unit = try await authorizedUnit(req)
        // Most outcomes are the current biennium's: offered as the period, to change if need be.
        let policy = try await CyclePolicyService.all(on: req.db)[.regular] ?? .standard
        let next = policy.bienniumStart(after: req.clock.today())
        let form = UnitOutcomeForm(periodStart: next.adding(months: -24).iso, periodEnd: next.iso)
        return try await render(req, unit: unit, outcome: nil, form: form, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let unit = try await authorizedUnit(req)
        let form = try req.content.decode(UnitOutcomeForm.self)
        switch try await UnitOutcomeService.save(form.input, unitID: unit.id, existing: nil, version: nil, in: req.services) {
        case .failure(let failure):
            return try await render(req, unit: unit, outcome: nil, form: form, errors: failure.errors)
        case .success(let outcome):
            await req.outcomesChanged()
            req.flash("Outcome “\(outcome.title)” added to \(unit.details.name).")
            return req.redirect(to: .unit(unit.id))
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let unit = try await authorizedUnit(req)
        let outcome = try await outcome(req, of: unit)
        return try await render(req, unit: unit, outcome: outcome, form: UnitOutcomeForm(outcome), errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        let unit = try await authorizedUnit(req)
        let outcome = try await outcome(req, of: unit)
        let form = try req.content.decode(UnitOutcomeForm.self)
        switch try await UnitOutcomeService.save(form.input, unitID: unit.id, existing: outcome, version: form.version, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            let current = try await self.outcome(req, of: unit)
            let saved = UnitOutcomeForm(current)
            let stale = try StaleEdit.resubmission(typed: form, saved: saved, fields: saved.fields(errors: []))
            return try await render(req, unit: unit, outcome: current, form: stale.form, errors: stale.errors, status: .conflict)
        case .failure(let failure):
            return try await render(req, unit: unit, outcome: outcome, form: form, errors: failure.errors)
        case .success(let saved):
            await req.outcomesChanged()
            req.flash("Outcome “\(saved.title)” updated.")
            return req.redirect(to: .unit(unit.id))
        }
    }

    private func authorizedUnit(_ req: Request) async throws -> UnitRecord {
        let unit = try await req.find(OrganisationalUnit.self, .unitID, "The unit").record()
        try req.authorize(.manageOutcomes, UnitSubject(unitID: unit.id))
        return unit
    }

    private func outcome(_ req: Request, of unit: UnitRecord) async throws -> UnitOutcome {
        guard let outcome = try await UnitOutcome.find(try req.parameter(.outcomeID), on: req.db), outcome.$unit.id == unit.id else {
            throw StrideError.notFound("The outcome")
        }
        return outcome
    }

    private func render(_ req: Request, unit: UnitRecord, outcome: UnitOutcome?, form: UnitOutcomeForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let action: StridePath = try outcome.map { .editUnitOutcome(unit: unit.id, outcome: try $0.requireID()) } ?? .newUnitOutcome(unit.id)
        let model = EditFormView(
            heading: outcome == nil ? "Add an outcome for \(unit.details.name)" : "Edit an outcome of \(unit.details.name)",
            action: action.href,
            fields: form.fields(errors: errors, organisational: try await OrganisationalOutcome.query(on: req.db).sort(\.$periodStart)
                .sort(\.$title).all()),
            cancelHref: StridePath.unit(unit.id).href,
            hidden: form.version.map { [.init(name: "version", value: String($0))] } ?? [])
        return try await req.renderPage("form", title: model.heading, model, errors: errors, status: status)
    }
}
