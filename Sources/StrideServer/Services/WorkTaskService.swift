import Fluent
import Foundation
import StrideCore

/// Tasks a workgroup's lead allocates to its members, and their moves from not started to done;
/// each write in one transaction with its audit event.
enum WorkTaskService {
    /// Creates a task for a member of `group`.
    static func create(_ input: WorkTaskInput, in group: Workgroup, context: ServiceContext) async throws -> Result<WorkTask, FieldErrors> {
        let groupID = try group.requireID()
        let ids = input.requirements.compactMap { $0.skill.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) } }
        let skills = try await SkillRefs.byID(ids, on: context.db)
        let members = Set(try await WorkgroupQueries.members(of: groupID, on: context.db).filter(\.staff.isActive).map(\.staff.id))
        let objectives = Set(try await WorkgroupObjective.query(on: context.db).filter(\.$workgroup.$id == groupID).all(\.$id))
        let validated = input.validate(skills: skills, members: members, today: context.clock.today(), objectives: objectives)
        guard let details = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.transaction { context in
            let task = WorkTask()
            task.id = context.newID()
            task.createdBy = context.actor
            task.title = details.title
            task.description = details.description
            task.dueOn = details.dueOn
            task.status = .open
            task.recordVersion = 1
            task.$workgroup.id = groupID
            task.$assignee.id = details.assigneeID
            task.$objective.id = details.objectiveID
            try await task.create(on: context.db)
            let taskID = try task.requireID()
            try await SkillRequirementTable.tasks.replace(of: taskID, with: details.requirements, in: context)
            let assignee = try await StaffMember.find(details.assigneeID, on: context.db)
            try await context.audit(.create, .workTask, id: taskID,
                                    "Task \(details.title) in \(group.name) for \(assignee?.name ?? "a member"), due \(details.dueOn.iso), needing "
                                        + details.requirements.map(SkillRequirementTable.line).joined(separator: "; "))
            return .success(task)
        }
    }

    /// Moves a task to `status` (a code from the form or the API), if it may go there from where
    /// it stands now.
    static func move(_ task: WorkTask, to status: String?, in context: ServiceContext) async throws -> Result<WorkTask, FieldErrors> {
        guard let target = WorkTaskStatus(rawValue: (status ?? "").trimmingCharacters(in: .whitespaces)) else {
            return .failure(FieldErrors([FieldError("status", "Choose where the task stands: "
                                                    + WorkTaskStatus.allCases.map(\.rawValue).joined(separator: ", "))]))
        }
        return try await context.transaction { context in
            guard let current = try await WorkTask.find(try task.requireID(), on: context.db) else { throw StrideError.notFound("The task") }
            guard current.status.next.contains(target) else {
                return .failure(FieldErrors([FieldError("status", "A task that is \(current.status.displayName.lowercased()) cannot become "
                                                        + "\(target.displayName.lowercased()); it can become "
                                                        + current.status.next.map { $0.displayName.lowercased() }.joined(separator: " or "))]))
            }
            let from = current.status
            current.status = target
            current.recordVersion += 1
            try await current.save(on: context.db)
            try await context.audit(.update, .workTask, id: try current.requireID(),
                                    "Task \(current.title): \(from.displayName) → \(target.displayName)")
            return .success(current)
        }
    }
}
