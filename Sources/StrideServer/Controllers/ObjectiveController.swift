import Fluent
import StrideCore
import Vapor

/// A workgroup's objectives: the lead (or HR) sets one with its criteria, the members record
/// progress, and the lead may override the status the figures give, with a reason.
struct ObjectiveController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newObjective(.key), use: new)
        routes.post(.newObjective(.key), use: create)
        routes.get(.objective(.key), use: show)
        routes.get(.editObjective(.key), use: edit)
        routes.post(.editObjective(.key), use: update)
        routes.post(.objectiveReadings(.key), use: record)
        routes.post(.objectiveStatus(.key), use: setStatus)
    }

    @Sendable func new(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.allocate, try WorkgroupController.subject(group))
        let today = req.clock.today()
        let form = ObjectiveForm(values: ["startsOn": today.iso, "owner": group.$lead.id.uuidString.lowercased(), "criterion-count": "1"])
        return try await renderForm(req, group: group, objective: nil, form: form, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.allocate, try WorkgroupController.subject(group))
        return try await save(req, group: group, existing: nil)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let (loaded, group) = try await load(req)
        return try await render(req, loaded, group, errors: [], posted: [:])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let (loaded, group) = try await load(req, for: .manage)
        return try await renderForm(req, group: group, objective: loaded.objective, form: ObjectiveForm(loaded), errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        let (loaded, group) = try await load(req, for: .manage)
        return try await save(req, group: group, existing: loaded.objective)
    }

    @Sendable func record(req: Request) async throws -> Response {
        let (loaded, group) = try await load(req, for: .recordProgress)
        let posted = try req.content.decode([String: String].self)
        switch try await ObjectiveService.record(value: posted["value"], on: posted["on"], comment: posted["comment"],
                                                 criterionID: posted["criterion"], of: loaded, context: req.services) {
        case .failure(let failure):
            return try await render(req, loaded, group, errors: failure.errors, posted: posted)
        case .success:
            req.flash("Reading recorded.")
            return req.redirect(to: .objective(loaded.id))
        }
    }

    @Sendable func setStatus(req: Request) async throws -> Response {
        let (loaded, group) = try await load(req, for: .overrideStatus)
        let posted = try req.content.decode([String: String].self)
        let clear = posted["intent"] == "clear"
        switch try await ObjectiveService.setStatus(status: posted["status"], reason: posted["reason"], clear: clear,
                                                    of: loaded.objective, context: req.services) {
        case .failure(let failure):
            return try await render(req, loaded, group, errors: failure.errors, posted: posted)
        case .success:
            req.flash(clear ? "The status is the one the figures give again." : "Status set.")
            return req.redirect(to: .objective(loaded.id))
        }
    }

    static func subject(_ objective: WorkgroupObjective, _ group: Workgroup, on db: any Database) async throws -> ObjectiveSubject {
        let members = try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == (try group.requireID())).all(\.$staffMember.$id)
        return ObjectiveSubject(workgroup: try WorkgroupController.subject(group), ownerID: objective.$owner.id, memberIDs: Set(members))
    }

    /// The objective (as of today) and its workgroup, authorized for `action`.
    private func load(_ req: Request, for action: ObjectivePolicy.Action = .view) async throws -> (ObjectiveQueries.Loaded, Workgroup) {
        guard let loaded = try await ObjectiveQueries.one(try req.parameter(.objectiveID), today: req.clock.today(), on: req.db),
              let group = try await Workgroup.find(loaded.objective.$workgroup.id, on: req.db) else {
            throw StrideError.notFound("The objective")
        }
        try req.authorize(action, try await Self.subject(loaded.objective, group, on: req.db))
        return (loaded, group)
    }

    private func save(_ req: Request, group: Workgroup, existing: WorkgroupObjective?) async throws -> Response {
        let form = ObjectiveForm(values: try req.content.decode([String: String].self))
        if let regrouped = form.regrouped {
            return try await renderForm(req, group: group, objective: existing, form: ObjectiveForm(values: regrouped), errors: [])
        }
        switch try await ObjectiveService.save(form.input, in: group, existing: existing, version: form.version, context: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            throw StrideError.conflict("Someone changed the objective since you opened it. Open it again to see their change.")
        case .failure(let failure):
            return try await renderForm(req, group: group, objective: existing, form: form, errors: failure.errors.map(ObjectiveForm.pageField))
        case .success(let objective):
            req.flash("Objective “\(objective.title)” saved.")
            return req.redirect(to: .objective(try objective.requireID()))
        }
    }

    private func renderForm(_ req: Request, group: Workgroup, objective: WorkgroupObjective?, form: ObjectiveForm,
                            errors: [FieldError]) async throws -> Response {
        let groupID = try group.requireID()
        let choices = try await ObjectiveQueries.choices(for: group, today: req.clock.today(), on: req.db)
        let action: StridePath = try objective.map { .editObjective(try $0.requireID()) } ?? .newObjective(groupID)
        let model = GroupedFormModel(
            caption: group.name, heading: objective == nil ? "Set an objective" : "Change the objective",
            lead: "An objective the workgroup is to achieve, contributing to a unit outcome, with the criteria it is monitored against.",
            action: action.href, version: form.version, fields: form.fields(choices: choices, errors: errors),
            groups: [form.criteriaGroup(errors: errors)],
            buttonBars: [FormButtons([ObjectiveForm.save],
                                     cancel: .init(label: "Cancel", href: (try objective.map { StridePath.objective(try $0.requireID()) }
                                                                          ?? .workgroup(groupID)).href))])
        return try await req.renderPage("grouped-form", title: model.heading, model, errors: errors)
    }

    private func render(_ req: Request, _ loaded: ObjectiveQueries.Loaded, _ group: Workgroup, errors: [FieldError],
                        posted: [String: String]) async throws -> Response {
        let objective = loaded.objective
        let today = req.clock.today()
        let subject = try await Self.subject(objective, group, on: req.db)
        let owner = try await objective.$owner.get(on: req.db)
        let outcome = try await objective.$unitOutcome.get(on: req.db)
        let unit = try await outcome.asyncMap { try await $0.$unit.get(on: req.db) }
        let tasks = try await WorkTaskQueries.inWorkgroup(try group.requireID(), on: req.db).filter { $0.objective_id == loaded.id }
        let canRecord = req.isAllowed(.recordProgress, subject), canOverride = req.isAllowed(.overrideStatus, subject)
        var facts = [
            Fact(key: "Contributes to", value: outcome.map { "\($0.title) (\(unit?.name ?? "a unit"))" } ?? "No unit outcome",
                 href: unit.flatMap(\.id).map { StridePath.unit($0).href }),
            Fact(key: "Owner", value: owner.name),
            Fact(key: "Period", value: "\(DisplayDate.long(objective.startsOn)) to \(DisplayDate.long(objective.dueOn))"),
        ]
        if loaded.criteria.isEmpty { facts.append(Fact(key: "Criteria", value: "None agreed yet")) }
        let criterionChoice = posted["criterion"] ?? loaded.criteria.first?.id.uuidString.lowercased() ?? ""
        let model = ObjectivePageModel(
            workgroupName: group.name, workgroupHref: StridePath.workgroup(try group.requireID()).href, title: objective.title,
            description: objective.description, facts: facts, standing: ObjectiveStandingView(loaded.standing),
            criteria: loaded.criteria.enumerated().map { ObjectivePageModel.criterionView($1, index: $0, today: today) },
            tasks: tasks.map { TaskRow($0, today: today) },
            editHref: req.isAllowed(.manage, subject) ? StridePath.editObjective(loaded.id).href : nil,
            readingAction: canRecord && !loaded.criteria.isEmpty ? StridePath.objectiveReadings(loaded.id).href : nil,
            readingFields: canRecord ? [
                FormField("criterion", .radios, label: "Criterion", value: criterionChoice, errors: errors,
                          options: loaded.criteria.map { criterion in
                              let id = criterion.id.uuidString.lowercased()
                              return .init(value: id, label: "\(criterion.criterion.indicator) (\(criterion.criterion.unit))",
                                           selected: id == criterionChoice.lowercased())
                          }),
                FormField("value", .text, label: "Value", hint: "In the criterion's unit, like 62 or 12.5", value: posted["value"],
                          errors: errors, width: "5"),
                FormField("on", .date, label: "Measured on", hint: "For example, \(today.iso)", value: posted["on"] ?? today.iso,
                          errors: errors, width: "10"),
                FormField("comment", .textarea, label: "Comment (optional)", hint: "What moved it, or what is holding it back",
                          value: posted["comment"], errors: errors, maxLength: 1000, rows: 2),
            ] : [],
            statusAction: canOverride ? StridePath.objectiveStatus(loaded.id).href : nil,
            statusFields: canOverride ? [
                FormField("status", .radios, label: "Status", value: posted["status"] ?? objective.statusOverride?.rawValue, errors: errors,
                          options: FormField.options(ObjectiveStatus.self, selected: posted["status"] ?? objective.statusOverride?.rawValue) {
                              $0.displayName
                          }),
                FormField("reason", .textarea, label: "Reason", value: posted["reason"] ?? objective.overrideReason, errors: errors,
                          maxLength: 500, rows: 2),
            ] : [],
            canClearOverride: objective.statusOverride != nil)
        return try await req.renderPage("workgroups/objective", title: objective.title, model, errors: errors)
    }
}
