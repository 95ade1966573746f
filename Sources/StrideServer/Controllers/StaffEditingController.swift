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
        try req.authorize(.edit, try await req.staffSubject(staff))
        let supervisor = try await staff.$supervisor.get(on: req.db)
        return try await render(req, form: StaffForm(try staff.record(), supervisorNumber: supervisor?.staffNumber),
                                staff: try staff.record(), errors: [])
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
        try req.authorize(.edit, try await req.staffSubject(staff))
        let form = try req.content.decode(StaffForm.self)
        switch try await StaffService.update(staff, with: form.edit, in: req.services) {
        case .failure(let failure):
            return try await render(req, form: form, staff: try staff.record(), errors: failure.errors)
        case .success(let saved):
            req.flash("\(saved.name) updated.")
            return req.redirect(to: .staffMember(saved.id))
        }
    }

    private func render(_ req: Request, form: StaffForm, staff: StaffRecord?, errors: [FieldError]) async throws -> Response {
        let model = EditFormView(
            heading: staff.map { "Edit \($0.name)" } ?? "Add a staff member",
            action: (staff.map { .editStaff($0.id) } ?? StridePath.newStaff).href,
            fields: form.fields(units: try await UnitQueries.all(on: req.db), errors: errors),
            cancelHref: (staff.map { .staffMember($0.id) } ?? StridePath.staff).href)
        return try await req.renderPage("form", title: model.heading, model, errors: errors)
    }
}
