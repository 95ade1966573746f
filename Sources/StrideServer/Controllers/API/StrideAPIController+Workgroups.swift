import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// The workgroup operations: the skills matrix, ranking members for a task, and tasks.
extension StrideAPIController {
    func getWorkgroupSkillsMatrix(_ input: Operations.GetWorkgroupSkillsMatrix.Input) async throws -> Operations.GetWorkgroupSkillsMatrix.Output {
        let req = try APIRequest.signedIn()
        let group = try await Self.workgroup(input.path.workgroupID, allowing: .viewSkills, req)
        let matrix = try await SkillsMatrixQuery.workgroup(try group.requireID(), on: req.db)
        let shared = try await req.openableStaff(matrix.rows.map(\.person.id))
        func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
        return .ok(.init(body: .json(.init(
            workgroup: .init(id: id(try group.requireID()), name: group.name),
            skills: matrix.columns.map {
                .init(skillId: id($0.skill.id), skill: $0.skill.name, framework: $0.skill.frameworkName, neededLevel: $0.needed,
                      essential: $0.essential, holders: $0.holders, bestLevel: $0.best, covered: !$0.isUncovered)
            },
            members: matrix.rows.map { row in
                .init(staffId: id(row.person.id), name: row.person.name, levelsShared: shared.contains(row.person.id),
                      levels: !shared.contains(row.person.id) ? [] : zip(matrix.columns, row.levels).compactMap { column, level in
                    level.map { .init(skillId: id(column.skill.id), level: $0) }
                })
            },
            uncovered: matrix.uncovered.map { id($0.skill.id) }))))
    }

    func rankWorkgroupMembers(_ input: Operations.RankWorkgroupMembers.Input) async throws -> Operations.RankWorkgroupMembers.Output {
        let req = try APIRequest.signedIn()
        let group = try await Self.workgroup(input.path.workgroupID, allowing: .allocate, req)
        guard case .json(let body) = input.body else {
            throw StrideError.badRequest("body: send {\"requirements\": [{\"skillId\": ..., \"level\": 3}]}")
        }
        let rows = body.requirements.map { SkillRequirementInput(skill: $0.skillId, level: String($0.level)) }
        let skills = try await SkillRefs.byID(rows.compactMap { $0.skill.flatMap(UUID.init(uuidString:)) }, on: req.db)
        let needs = WorkTaskInput(requirements: rows).requirements(skills: skills)
        guard let requirements = needs.value else { throw StrideError.invalid(needs.errors.map(Self.apiField)) }
        let ranking = try await WorkTaskQueries.ranking(in: try group.requireID(), for: requirements,
                                                        shared: { try await req.openableStaff(Array($0)) }, on: req.db)
        return .ok(.init(body: .json(.init(members: ranking.map { ranked in
            let shared = ranked.candidate.levelsShared
            return .init(rank: ranked.rank, staffId: ranked.candidate.id.uuidString.lowercased(), name: ranked.candidate.name,
                         levelsShared: shared, totalShortfall: shared ? ranked.totalShortfall : nil, openTasks: ranked.candidate.openTasks,
                         explanation: ranked.explanation, shortfalls: !shared ? [] : ranked.shortfalls.map {
                             .init(skillId: $0.skill.id.uuidString.lowercased(), skill: $0.skill.name, heldLevel: $0.held, neededLevel: $0.needed)
                         })
        }))))
    }

    func listWorkgroupTasks(_ input: Operations.ListWorkgroupTasks.Input) async throws -> Operations.ListWorkgroupTasks.Output {
        let req = try APIRequest.signedIn()
        let group = try await Self.workgroup(input.path.workgroupID, allowing: .view, req)
        let tasks = try await WorkTaskQueries.inWorkgroup(try group.requireID(), on: req.db)
        let requirements = try await SkillRequirementTable.tasks.read(tasks.map(\.id), on: req.db)
        let page = try Self.page(tasks.map { Components.Schemas.WorkTask($0, requirements: requirements[$0.id] ?? []) },
                                 cursor: input.query.cursor, limit: input.query.limit, key: \.dueOn, id: \.id)
        return .ok(.init(body: .json(.init(tasks: page.items, next: page.next?.token))))
    }

    func createWorkgroupTask(_ input: Operations.CreateWorkgroupTask.Input) async throws -> Operations.CreateWorkgroupTask.Output {
        let req = try APIRequest.signedIn()
        let group = try await Self.workgroup(input.path.workgroupID, allowing: .allocate, req)
        guard case .json(let body) = input.body else {
            throw StrideError.badRequest("body: send {\"title\", \"dueOn\", \"requirements\", \"assigneeId\"}")
        }
        let task = WorkTaskInput(title: body.title, description: body.description, dueOn: body.dueOn,
                                 requirements: body.requirements.map { SkillRequirementInput(skill: $0.skillId, level: String($0.level)) },
                                 assignee: body.assigneeId, objective: body.objectiveId)
        switch try await WorkTaskService.create(task, in: group, context: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors.map(Self.apiField))
        case .success(let created): return .created(.init(body: .json(try await Self.task(try created.requireID(), on: req.db))))
        }
    }

    func moveWorkgroupTask(_ input: Operations.MoveWorkgroupTask.Input) async throws -> Operations.MoveWorkgroupTask.Output {
        let req = try APIRequest.signedIn()
        let (task, group) = try await Self.task(input.path.taskID, req)
        try req.authorize(.updateStatus, try WorkTaskController.subject(task, group))
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"status\": \"in_progress\"}") }
        switch try await WorkTaskService.move(task, to: body.status, in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success(let moved): return .ok(.init(body: .json(try await Self.task(try moved.requireID(), on: req.db))))
        }
    }

    /// The workgroup at a path's id, if the signed-in person may do `action` with it.
    static func workgroup(_ text: String, allowing action: WorkgroupPolicy.Action, _ req: Request) async throws -> Workgroup {
        guard let id = UUID(uuidString: text), let group = try await Workgroup.find(id, on: req.db) else {
            throw StrideError.notFound("The workgroup")
        }
        try req.authorize(action, try WorkgroupController.subject(group))
        return group
    }

    /// The task at a path's id and its workgroup, if the signed-in person may see the workgroup.
    static func task(_ text: String, _ req: Request) async throws -> (WorkTask, Workgroup) {
        guard let id = UUID(uuidString: text), let task = try await WorkTask.find(id, on: req.db),
              let group = try await Workgroup.find(task.$workgroup.id, on: req.db) else { throw StrideError.notFound("The task") }
        try req.authorize(.view, try WorkgroupController.subject(group))
        return (task, group)
    }

    private static func task(_ id: UUID, on db: any Database) async throws -> Components.Schemas.WorkTask {
        guard let listed = try await WorkTaskQueries.task(id, on: db) else { throw StrideError.notFound("The task") }
        return .init(listed, requirements: try await SkillRequirementTable.tasks.read(id, on: db))
    }

    /// The API's name for a field the core names: the body says `skillId` and `assigneeId`.
    static func apiField(_ error: FieldError) -> FieldError {
        var field = error.field
        if field.hasSuffix(".skill") { field += "Id" }
        if field == "assignee" { field = "assigneeId" }
        if field == "objective" { field = "objectiveId" }
        return FieldError(field, error.message)
    }
}

extension Components.Schemas.WorkTask {
    init(_ task: WorkTaskQueries.Listed, requirements: [SkillRequirement]) {
        self.init(id: task.id.uuidString.lowercased(), workgroupId: task.workgroup_id.uuidString.lowercased(), title: task.title,
                  description: task.description, dueOn: task.due_on.iso, status: .init(rawValue: task.status.rawValue)!,
                  assigneeId: task.assignee_id.uuidString.lowercased(), assigneeName: task.assignee_name,
                  requirements: requirements.map { .init(skillId: $0.skill.id.uuidString.lowercased(), skill: $0.skill.name, level: $0.level) },
                  objectiveId: task.objective_id?.uuidString.lowercased())
    }
}
