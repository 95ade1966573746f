import Fluent
import StrideCore
import Vapor

/// HR's adding and editing of units. Registered in the HR-only group.
struct UnitEditingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newUnit, use: new)
        routes.post(.newUnit, use: create)
        routes.get(.editUnit(.key), use: edit)
        routes.post(.editUnit(.key), use: update)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.authorize(.addUnit, OrganisationChart())
        return try await render(req, form: UnitForm(parent: req.query[String.self, at: "parent"]), unit: nil, errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let unit = try await req.find(OrganisationalUnit.self, .unitID, "The unit")
        try req.authorize(.edit, UnitSubject(unitID: try unit.requireID()))
        return try await render(req, form: try await Self.savedForm(unit, on: req.db), unit: try unit.record(), errors: [])
    }

    /// The form filled in from the unit as it is stored.
    static func savedForm(_ unit: OrganisationalUnit, on db: any Database) async throws -> UnitForm {
        let chief = try await unit.chiefID.asyncMap { try await StaffMember.find($0, on: db) } ?? nil
        return UnitForm(name: unit.name, code: unit.code, parent: unit.$parent.id?.uuidString, chief: chief?.staffNumber,
                        version: unit.recordVersion)
    }

    @Sendable func create(req: Request) async throws -> Response {
        try req.authorize(.addUnit, OrganisationChart())
        let form = try req.content.decode(UnitForm.self)
        switch try await UnitService.create(form.edit, in: req.services) {
        case .failure(let failure):
            return try await render(req, form: form, unit: nil, errors: failure.errors)
        case .success(let unit):
            req.flash("Unit \(unit.details.name) created.")
            return req.redirect(to: .unit(unit.id))
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        let unit = try await req.find(OrganisationalUnit.self, .unitID, "The unit")
        try req.authorize(.edit, UnitSubject(unitID: try unit.requireID()))
        let form = try req.content.decode(UnitForm.self)
        switch try await UnitService.update(unit, with: form.edit, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            guard let current = try await OrganisationalUnit.find(try unit.requireID(), on: req.db) else {
                throw StrideError.notFound("The unit")
            }
            let saved = try await Self.savedForm(current, on: req.db)
            let units = try await UnitQueries.all(on: req.db)
            let stale = try StaleEdit.resubmission(typed: form, saved: saved, fields: saved.fields(units: units, editing: current.id, errors: []))
            return try await render(req, form: stale.form, unit: try current.record(), errors: stale.errors, status: .conflict)
        case .failure(let failure):
            return try await render(req, form: form, unit: try unit.record(), errors: failure.errors)
        case .success(let saved):
            req.flash("Unit \(saved.details.name) updated.")
            return req.redirect(to: .unit(saved.id))
        }
    }

    private func render(_ req: Request, form: UnitForm, unit: UnitRecord?, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = EditFormView(
            heading: unit.map { "Edit \($0.details.name)" } ?? "Add a unit",
            action: (unit.map { .editUnit($0.id) } ?? StridePath.newUnit).href,
            fields: form.fields(units: try await UnitQueries.all(on: req.db), editing: unit?.id, errors: errors),
            cancelHref: (unit.map { .unit($0.id) } ?? StridePath.units).href,
            hidden: form.version.map { [.init(name: "version", value: String($0))] } ?? [])
        return try await req.renderPage("form", title: model.heading, model, errors: errors, status: status)
    }
}
