import Fluent
import StrideCore
import Vapor

/// HR's forming and editing of workgroups. Registered in the HR-only group.
struct WorkgroupEditingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newWorkgroup, use: new)
        routes.post(.newWorkgroup, use: create)
        routes.get(.editWorkgroup(.key), use: edit)
        routes.post(.editWorkgroup(.key), use: update)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.authorize(.form, WorkgroupDirectory())
        return try await render(req, form: WorkgroupForm(), group: nil, errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.edit, try WorkgroupController.subject(group))
        return try await render(req, form: try await Self.savedForm(group, on: req.db), group: try group.record(), errors: [])
    }

    /// The form filled in from the workgroup as it is stored.
    static func savedForm(_ group: Workgroup, on db: any Database) async throws -> WorkgroupForm {
        let lead = try await group.$lead.get(on: db)
        return WorkgroupForm(name: group.name, kind: group.kind.rawValue, purpose: group.purpose, startDate: group.startDate?.iso, endDate: group.endDate?.iso,
                             lead: lead.staffNumber, version: group.recordVersion)
    }

    @Sendable func create(req: Request) async throws -> Response {
        try req.authorize(.form, WorkgroupDirectory())
        let form = try req.content.decode(WorkgroupForm.self)
        switch try await WorkgroupService.form(form.edit, in: req.services) {
        case .failure(let failure):
            return try await render(req, form: form, group: nil, errors: failure.errors)
        case .success(let group):
            req.flash("Workgroup \(group.details.name) formed.")
            return req.redirect(to: .workgroup(group.id))
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.edit, try WorkgroupController.subject(group))
        let form = try req.content.decode(WorkgroupForm.self)
        switch try await WorkgroupService.update(group, with: form.edit, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            guard let current = try await Workgroup.find(try group.requireID(), on: req.db) else {
                throw StrideError.notFound("The workgroup")
            }
            let saved = try await Self.savedForm(current, on: req.db)
            let stale = try StaleEdit.resubmission(typed: form, saved: saved, fields: saved.fields(errors: []))
            return try await render(req, form: stale.form, group: try current.record(), errors: stale.errors, status: .conflict)
        case .failure(let failure):
            return try await render(req, form: form, group: try group.record(), errors: failure.errors)
        case .success(let saved):
            req.flash("Workgroup \(saved.details.name) updated.")
            return req.redirect(to: .workgroup(saved.id))
        }
    }

    private func render(_ req: Request, form: WorkgroupForm, group: WorkgroupRecord?, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = EditFormView(
            heading: group.map { "Edit \($0.details.name)" } ?? "Form a workgroup",
            action: (group.map { .editWorkgroup($0.id) } ?? StridePath.newWorkgroup).href,
            fields: form.fields(errors: errors),
            cancelHref: (group.map { .workgroup($0.id) } ?? StridePath.workgroups).href,
            hidden: form.version.map { [.init(name: "version", value: String($0))] } ?? [])
        return try await req.renderPage("form", title: model.heading, model, errors: errors, status: status)
    }
}
