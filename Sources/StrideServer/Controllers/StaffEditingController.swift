import Fluent
import StrideCore
import Vapor

/// HR's adding and editing of staff records. Registered in the HR-only group.
struct StaffEditingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newStaff, use: new)
        routes.post(.newStaff, use: create)
        routes.get(.editStaff(.key), use: edit)
        routes.post(.editStaff(.key), use: update)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.authorize(.create, StaffDirectory())
        let form = StaffForm(entryOnDuty: req.clock.today().iso, status: EmploymentStatus.active.rawValue,
                             unit: req.query[String.self, at: "unit"])
        return try await render(req, form: form, staff: nil, errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.edit, try req.staffSubject(staff))
        return try await render(req, form: try await Self.savedForm(staff, on: req.db), staff: try staff.record(), errors: [])
    }

    /// The form filled in from the record as it is stored.
    static func savedForm(_ staff: StaffMember, on db: any Database) async throws -> StaffForm {
        let supervisor = try await staff.$supervisor.get(on: db)
        return StaffForm(try staff.record(), supervisorNumber: supervisor?.staffNumber, roleID: staff.$roleProfile.id,
                         version: staff.recordVersion)
    }

    @Sendable func create(req: Request) async throws -> Response {
        try req.authorize(.create, StaffDirectory())
        let form = try req.content.decode(StaffForm.self)
        switch try await StaffService.create(form.edit, in: req.services) {
        case .failure(let failure):
            return try await render(req, form: form, staff: nil, errors: failure.errors)
        case .success(let staff):
            req.flash("\(staff.name) added.")
            return req.redirect(to: .staffMember(staff.id))
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.edit, try req.staffSubject(staff))
        let form = try req.content.decode(StaffForm.self)
        switch try await StaffService.update(staff, with: form.edit, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            // Someone saved first: show what they changed, keep what this person typed, and
            // carry the new version so that saving again is a deliberate choice.
            guard let current = try await StaffMember.find(try staff.requireID(), on: req.db) else {
                throw StrideError.notFound("The staff member")
            }
            let saved = try await Self.savedForm(current, on: req.db)
            let units = try await UnitQueries.all(on: req.db)
            let roles = try await RoleProfileQueries.choices(on: req.db)
            let stale = try StaleEdit.resubmission(typed: form, saved: saved, fields: saved.fields(units: units, roles: roles, errors: []))
            return try await render(req, form: stale.form, staff: try current.record(), errors: stale.errors, status: .conflict)
        case .failure(let failure):
            return try await render(req, form: form, staff: try staff.record(), errors: failure.errors)
        case .success(let saved):
            req.flash(saved.summary)
            return req.redirect(to: .staffMember(saved.record.id))
        }
    }

    private func render(_ req: Request, form: StaffForm, staff: StaffRecord?, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = EditFormView(
            heading: staff.map { "Edit \($0.name)" } ?? "Add a staff member",
            action: (staff.map { .editStaff($0.id) } ?? StridePath.newStaff).href,
            fields: form.fields(units: try await UnitQueries.all(on: req.db), roles: try await RoleProfileQueries.choices(on: req.db),
                                errors: errors),
            cancelHref: (staff.map { .staffMember($0.id) } ?? StridePath.staff).href,
            hidden: form.version.map { [.init(name: "version", value: String($0))] } ?? [])
        return try await req.renderPage("form", title: model.heading, model, errors: errors, status: status)
    }
}
