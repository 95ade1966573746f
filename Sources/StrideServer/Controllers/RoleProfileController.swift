import Fluent
import StrideCore
import Vapor

/// Job roles: the list and one role, for everyone signed in.
struct RoleProfileController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.roleProfiles, use: index)
        routes.get(.roleProfile(.key), use: show)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.view, RoleProfiles())
        let model = RoleProfileIndexModel(try await RoleProfileQueries.all(on: req.db), canAdd: req.isAllowed(.edit, RoleProfiles()))
        return try await req.page("roles/index", title: "Job roles", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try req.authorize(.view, RoleProfiles())
        return try await Self.render(req, role: try await req.find(RoleProfile.self, .roleID, "The role"), errors: [])
    }

    /// The role's page; also shown again with its error when no job title was given to assign it to.
    static func render(_ req: Request, role: RoleProfile, errors: [FieldError]) async throws -> Response {
        let id = try role.requireID()
        let requirements = try await RoleProfileQueries.requirements(of: id, on: req.db)
        let frameworks = try await SkillRefs.all(requirements.map(\.skill.id), on: req.db)
        let holders = try await StaffMember.query(on: req.db).filter(\.$roleProfile.$id == id).filter(\.$status == .active).count()
        let model = try RoleProfileShowModel(role, requirements: requirements,
                                             frameworkOf: Dictionary(frameworks.map { ($0.ref.id, $0.frameworkID) }, uniquingKeysWith: { a, _ in a }),
                                             holders: holders, canEdit: req.isAllowed(.edit, RoleProfiles()), assignErrors: errors)
        return try await req.renderPage("roles/show", title: role.name, model, errors: errors, status: errors.isEmpty ? nil : .unprocessableEntity)
    }
}

/// Adding and changing job roles. Registered in the HR-only group.
struct RoleProfileEditingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newRoleProfile, use: new)
        routes.post(.newRoleProfile, use: create)
        routes.get(.editRoleProfile(.key), use: edit)
        routes.post(.editRoleProfile(.key), use: update)
        routes.get(.assignRoleProfile(.key), use: confirmAssignment)
        routes.post(.assignRoleProfile(.key), use: assign)
    }

    struct AssignForm: Content {
        var jobTitle: String?

        /// The title typed, or the role page's error asking for one.
        func title() -> Result<String, FieldErrors> {
            let title = (jobTitle ?? "").trimmingCharacters(in: .whitespaces)
            return title.isEmpty ? .failure(FieldErrors([FieldError("jobTitle", "Enter the job title whose holders get this role")]))
                : .success(title)
        }
    }

    /// Giving a role to many people, some of whom may hold another, is confirmed first, with
    /// what it will do (UI.md §2).
    @Sendable func confirmAssignment(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        let role = try await req.find(RoleProfile.self, .roleID, "The role")
        let id = try role.requireID()
        switch try req.query.decode(AssignForm.self).title() {
        case .failure(let failure): return try await RoleProfileController.render(req, role: role, errors: failure.errors)
        case .success(let title):
            let assignment = try await RoleAssignmentService.assignment(of: id, toJobTitle: title, on: req.db)
            let model = ConfirmModel(
                heading: "Assign \(role.name) to everyone with the job title “\(title)”?",
                explanation: assignment.summary(role: role.name, done: false) + " Each record changed is noted in the audit trail.",
                action: StridePath.assignRoleProfile(id).href, fields: [.init(name: "jobTitle", value: title)],
                button: "Assign the role", cancelHref: StridePath.roleProfile(id).href, destructive: assignment.replacing > 0)
            return try await req.page("confirm", title: model.heading, model)
        }
    }

    @Sendable func assign(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        let role = try await req.find(RoleProfile.self, .roleID, "The role")
        switch try req.content.decode(AssignForm.self).title() {
        case .failure(let failure): return try await RoleProfileController.render(req, role: role, errors: failure.errors)
        case .success(let title):
            let done = try await RoleAssignmentService.assign(role, toJobTitle: title, in: req.services)
            req.flash(done.summary(role: role.name, done: true))
            return req.redirect(to: .roleProfile(try role.requireID()))
        }
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        return try await render(req, role: nil, form: .blank, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        return try await save(req, role: nil)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        let role = try await req.find(RoleProfile.self, .roleID, "The role")
        let requirements = try await RoleProfileQueries.requirements(of: try role.requireID(), on: req.db)
        return try await render(req, role: role, form: RoleProfileForm(role, requirements: requirements), errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        return try await save(req, role: try await req.find(RoleProfile.self, .roleID, "The role"))
    }

    private func save(_ req: Request, role: RoleProfile?) async throws -> Response {
        let form = RoleProfileForm(posted: try req.content.decode([String: String].self))
        if let regrouped = form.regrouped { return try await render(req, role: role, form: regrouped, errors: []) }
        switch try await RoleProfileService.save(form.input, existing: role, version: form.version, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            // Someone saved first: show the role as it now stands, to make the change again.
            guard let role, let current = try await RoleProfile.find(try role.requireID(), on: req.db) else {
                throw StrideError.notFound("The role")
            }
            let requirements = try await RoleProfileQueries.requirements(of: try current.requireID(), on: req.db)
            let message = "Someone saved this role after you opened it. This is the role as saved now: make your change again."
            return try await render(req, role: current, form: RoleProfileForm(current, requirements: requirements),
                                    errors: [FieldError("name", message)], status: .conflict)
        case .failure(let failure):
            let errors = failure.errors.map { FieldError(RoleProfileForm.pageField($0.field), $0.message) }
            return try await render(req, role: role, form: form, errors: errors)
        case .success(let saved):
            req.flash("\(saved.name) saved.")
            return req.redirect(to: .roleProfile(try saved.requireID()))
        }
    }

    private func render(_ req: Request, role: RoleProfile?, form: RoleProfileForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = try RoleProfileEditModel.make(role: role, form: form, skills: try await SkillRefs.all(on: req.db), errors: errors)
        return try await req.renderPage("grouped-form", title: model.heading, model, errors: errors, status: status)
    }
}
