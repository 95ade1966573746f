import Fluent
import StrideCore
import Vapor

/// Allocating work by capability: a workgroup's lead describes a task by the skills it needs,
/// sees the members ranked by fit and assigns it; the assignee moves it along.
struct WorkTaskController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newWorkTask(.key), use: new)
        routes.post(.newWorkTask(.key), use: create)
        routes.get(.workTask(.key), use: show)
        routes.post(.workTaskStatus(.key), use: move)
    }

    @Sendable func new(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req)
        return try await renderNew(req, group, form: WorkTaskForm(values: SkillRequirementRows.values([])), ranking: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req)
        let form = WorkTaskForm(values: try req.content.decode([String: String].self))
        if let regrouped = form.rows.regrouped {
            return try await renderNew(req, group, form: WorkTaskForm(values: regrouped), ranking: nil, errors: [])
        }
        let skills = try await SkillRefs.byID(form.rows.skillIDs, on: req.db)
        let needs = form.input.requirements(skills: skills)
        let ranking = try await needs.value.asyncMap {
            try await WorkTaskQueries.ranking(in: try group.requireID(), for: $0, shared: { try await req.openableStaff(Array($0)) }, on: req.db)
        }
        if form.wantsRanking {
            return try await renderNew(req, group, form: form, ranking: ranking, errors: needs.errors.map(Self.pageError))
        }
        switch try await WorkTaskService.create(form.input, in: group, context: req.services) {
        case .failure(let failure):
            // Without a ranking there is no choice of member on the page to point at.
            let errors = failure.errors.filter { ranking != nil || $0.field != "assignee" }.map(Self.pageError)
            return try await renderNew(req, group, form: form, ranking: ranking, errors: errors)
        case .success(let task):
            req.flash("\(task.title) assigned.")
            return req.redirect(to: .workgroup(try group.requireID()))
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let (task, group) = try await load(req)
        return try await renderTask(req, task, group, errors: [])
    }

    @Sendable func move(req: Request) async throws -> Response {
        let (task, group) = try await load(req)
        try req.authorize(.updateStatus, try Self.subject(task, group))
        struct Posted: Content { let status: String? }
        switch try await WorkTaskService.move(task, to: try req.content.decode(Posted.self).status, in: req.services) {
        case .failure(let failure):
            return try await renderTask(req, task, group, errors: failure.errors)
        case .success(let moved):
            req.flash("\(moved.title): \(moved.status.displayName.lowercased()).")
            return req.redirect(to: .workTask(try moved.requireID()))
        }
    }

    static func subject(_ task: WorkTask, _ group: Workgroup) throws -> WorkTaskSubject {
        WorkTaskSubject(workgroup: try WorkgroupController.subject(group), assigneeID: task.$assignee.id)
    }

    private static func pageError(_ error: FieldError) -> FieldError {
        FieldError(WorkTaskForm.pageField(error.field), error.message)
    }

    private func authorizedGroup(_ req: Request) async throws -> Workgroup {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.allocate, try WorkgroupController.subject(group))
        return group
    }

    /// The task and its workgroup, which everyone who may see the workgroup may see.
    private func load(_ req: Request) async throws -> (WorkTask, Workgroup) {
        let task = try await req.find(WorkTask.self, .taskID, "The task")
        guard let group = try await Workgroup.find(task.$workgroup.id, on: req.db) else { throw StrideError.notFound("The task") }
        try req.authorize(.view, try WorkgroupController.subject(group))
        return (task, group)
    }

    private func renderNew(_ req: Request, _ group: Workgroup, form: WorkTaskForm, ranking: [WorkAllocation.Ranked]?,
                           errors: [FieldError]) async throws -> Response {
        let id = try group.requireID()
        let model = GroupedFormModel(
            caption: group.name, heading: "Allocate a task",
            lead: "Describe the task by the skills it needs, then rank the members: the best fit falls short by the fewest levels, "
                + "then has the fewest open tasks.",
            action: StridePath.newWorkTask(id).href,
            fields: form.fields(errors: errors, objectives: try await WorkgroupObjective.query(on: req.db).filter(\.$workgroup.$id == id)
                .sort(\.$dueOn).all().map { (id: try $0.requireID(), title: $0.title) }),
            groups: [form.requirementGroup(skills: try await SkillRefs.all(on: req.db), errors: errors)],
            after: ranking.map { [form.assigneeField($0, errors: errors)] } ?? [],
            buttonBars: [FormButtons(WorkTaskForm.buttons(ranked: ranking != nil),
                                     cancel: .init(label: "Cancel", href: StridePath.workgroup(id).href))])
        return try await req.renderPage("grouped-form", title: model.heading, model, errors: errors)
    }

    private func renderTask(_ req: Request, _ task: WorkTask, _ group: Workgroup, errors: [FieldError]) async throws -> Response {
        let taskID = try task.requireID()
        let assignee = try await task.$assignee.get(on: req.db)
        let requirements = try await SkillRequirementTable.tasks.read(taskID, on: req.db)
        let canMove = req.isAllowed(.updateStatus, try Self.subject(task, group))
        let model = WorkTaskModel(
            title: task.title, workgroupName: group.name, workgroupHref: StridePath.workgroup(try group.requireID()).href,
            description: task.description, assigneeName: assignee.name, dueOn: DisplayDate.long(task.dueOn),
            status: task.status.displayName, statusColour: task.status.tagColour,
            requirements: requirements.map { "\($0.skill.name) at level \($0.level)" },
            objective: try await task.$objective.get(on: req.db).map { PageLink(label: $0.title, href: StridePath.objective(try $0.requireID()).href) },
            statusAction: canMove ? StridePath.workTaskStatus(taskID).href : nil,
            statusFields: canMove ? [FormField("status", .radios, label: "Move the task to", value: nil, errors: errors,
                                               options: task.status.next.map { .init(value: $0.rawValue, label: $0.displayName, selected: false) })]
                                  : [])
        return try await req.renderPage("workgroups/task", title: task.title, model, errors: errors)
    }
}
