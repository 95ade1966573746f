import Fluent
import StrideCore
import Vapor

/// HR writes the organisation's own frameworks in Stride: starting one with its scale, adding,
/// changing and removing competencies, starting a new version. Registered in the HR-only group.
struct FrameworkEditingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newFramework, use: newFramework)
        routes.post(.newFramework, use: createFramework)
        routes.get(.newCompetency(.key), use: newCompetency)
        routes.post(.newCompetency(.key), use: saveCompetency)
        routes.get(.editCompetency(framework: .key, skill: .key), use: editCompetency)
        routes.post(.editCompetency(framework: .key, skill: .key), use: saveCompetency)
        routes.get(.removeCompetency(framework: .key, skill: .key), use: confirmRemoval)
        routes.post(.removeCompetency(framework: .key, skill: .key), use: removeCompetency)
        routes.get(.newFrameworkVersion(.key), use: newVersion)
        routes.post(.newFrameworkVersion(.key), use: createVersion)
    }

    @Sendable func newFramework(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        return try await renderNew(req, form: .blank, errors: [])
    }

    @Sendable func createFramework(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let form = NewFrameworkForm(values: try req.content.decode([String: String].self))
        if let regrouped = form.regrouped { return try await renderNew(req, form: regrouped, errors: []) }
        switch try await FrameworkEditor.create(form.input, in: req.services) {
        case .failure(let failure):
            return try await renderNew(req, form: form, errors: failure.errors.map { FieldError(NewFrameworkForm.pageField($0.field), $0.message) })
        case .success(let id):
            req.flash("The framework is created: add its competencies.")
            return req.redirect(to: .newCompetency(.value(id)))
        }
    }

    @Sendable func newCompetency(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let (loaded, record) = try await FrameworkEditor.editable(try req.parameter(.frameworkID), on: req.db)
        return try await renderCompetency(req, loaded, record, skillID: nil, form: CompetencyForm(posted: [:]), errors: [])
    }

    @Sendable func editCompetency(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let (loaded, record) = try await FrameworkEditor.editable(try req.parameter(.frameworkID), on: req.db)
        let skillID: UUID = try req.parameter(.skillID)
        guard let index = loaded.skillIDs.firstIndex(of: skillID) else { throw StrideError.notFound("The competency") }
        return try await renderCompetency(req, loaded, record, skillID: skillID,
                                          form: CompetencyForm(CompetencyInput(loaded.framework.skills[index])), errors: [])
    }

    @Sendable func saveCompetency(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let frameworkID: UUID = try req.parameter(.frameworkID)
        let (loaded, record) = try await FrameworkEditor.editable(frameworkID, on: req.db)
        let skillID: UUID? = req.parameters.get(PathKey.skillID.rawValue).flatMap(UUID.init(uuidString:))
        let form = CompetencyForm(posted: try req.content.decode([String: String].self))
        switch try await FrameworkEditor.saveCompetency(form.input(scale: loaded.framework.levelScale.numbers), skillID: skillID,
                                                        in: frameworkID, context: req.services) {
        case .failure(let failure):
            return try await renderCompetency(req, loaded, record, skillID: skillID, form: form, errors: failure.errors)
        case .success(let saved):
            req.flash("\(form.values["name"]?.trimmingCharacters(in: .whitespaces) ?? "The competency") saved.")
            return req.redirect(to: .skill(framework: .value(frameworkID), skill: .value(saved)))
        }
    }

    /// Removing a competency is asked for on a page of its own (UI.md §2).
    @Sendable func confirmRemoval(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let frameworkID: UUID = try req.parameter(.frameworkID), skillID: UUID = try req.parameter(.skillID)
        let (loaded, record) = try await FrameworkEditor.editable(frameworkID, on: req.db)
        guard let index = loaded.skillIDs.firstIndex(of: skillID) else { throw StrideError.notFound("The competency") }
        let name = loaded.framework.skills[index].name
        let model = ConfirmModel(
            heading: "Remove \(name) from \(record.name) \(record.version)?",
            explanation: "\(name) and its level descriptions will no longer be part of the framework. A competency that assessments or "
                + "requirements use cannot be removed: start a new version of the framework instead.",
            action: StridePath.removeCompetency(framework: frameworkID, skill: skillID).href, fields: [], button: "Remove competency",
            cancelHref: StridePath.skill(framework: frameworkID, skill: skillID).href)
        return try await req.page("confirm", title: model.heading, model)
    }

    @Sendable func removeCompetency(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let frameworkID: UUID = try req.parameter(.frameworkID)
        switch try await FrameworkEditor.removeCompetency(try req.parameter(.skillID), from: frameworkID, in: req.services) {
        case .failure(let failure): throw StrideError.conflict(failure.errors.map(\.message).joined(separator: " "))
        case .success(let name):
            req.flash("\(name) removed.")
            return req.redirect(to: .framework(.value(frameworkID)))
        }
    }

    @Sendable func newVersion(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let (_, record) = try await FrameworkEditor.editable(try req.parameter(.frameworkID), on: req.db)
        return try await renderVersion(req, record, version: nil, errors: [])
    }

    @Sendable func createVersion(req: Request) async throws -> Response {
        try req.authorize(.edit, FrameworkLibrary())
        let frameworkID: UUID = try req.parameter(.frameworkID)
        let (_, record) = try await FrameworkEditor.editable(frameworkID, on: req.db)
        struct Posted: Content { var version: String? }
        let version = try req.content.decode(Posted.self).version
        switch try await FrameworkEditor.newVersion(of: frameworkID, version: version, in: req.services) {
        case .failure(let failure): return try await renderVersion(req, record, version: version, errors: failure.errors)
        case .success(let id):
            req.flash("Version \(version?.trimmingCharacters(in: .whitespaces) ?? "") started: change it freely, as nothing uses it yet.")
            return req.redirect(to: .framework(.value(id)))
        }
    }

    private func renderNew(_ req: Request, form: NewFrameworkForm, errors: [FieldError]) async throws -> Response {
        let model = GroupedFormModel(
            heading: "Create a framework",
            lead: "Your organisation's own framework: name it and set its level scale, then add its competencies one by one.",
            action: StridePath.newFramework.href, fields: form.fields(errors: errors), groups: [form.levelGroup(errors: errors)],
            buttonBars: [FormButtons([NewFrameworkForm.save], cancel: .init(label: "Cancel", href: StridePath.frameworks.href))])
        return try await req.renderPage("grouped-form", title: model.heading, model, errors: errors)
    }

    private func renderCompetency(_ req: Request, _ loaded: FrameworkStore.Loaded, _ record: FrameworkRecord, skillID: UUID?,
                                  form: CompetencyForm, errors: [FieldError]) async throws -> Response {
        let frameworkID = try record.requireID()
        let framework = loaded.framework
        let action = skillID.map { StridePath.editCompetency(framework: frameworkID, skill: $0).href }
            ?? StridePath.newCompetency(frameworkID).href
        let model = CompetencyEditModel(
            caption: "\(framework.name) \(framework.version)", heading: skillID == nil ? "Add a competency" : "Edit \(form.values["name"] ?? "")",
            action: action, fields: form.fields(categories: framework.categories.map(\.name), errors: errors),
            levels: form.levels(framework.levelScale.levels, errors: errors),
            cancelHref: skillID.map { StridePath.skill(framework: frameworkID, skill: $0).href } ?? StridePath.framework(frameworkID).href)
        return try await req.renderPage("frameworks/competency", title: model.heading, model, errors: errors)
    }

    private func renderVersion(_ req: Request, _ record: FrameworkRecord, version: String?, errors: [FieldError]) async throws -> Response {
        let model = EditFormView(
            heading: "Start a new version of \(record.name)", action: StridePath.newFrameworkVersion(try record.requireID()).href,
            fields: [FormField("version", .text, label: "New version",
                               hint: "The copy starts with every competency of \(record.version); nothing uses it until roles, assessments and appraisals are moved to it",
                               value: version, errors: errors, width: "10")],
            cancelHref: StridePath.framework(try record.requireID()).href)
        return try await req.renderPage("form", title: model.heading, model, errors: errors)
    }
}
