import Fluent
import Foundation
import StrideCore

/// Feedback a workgroup's lead gives a member, with its audit event.
enum WorkgroupFeedbackService {
    /// The members the lead may give feedback to (active members other than the lead) and each
    /// one's tasks in the group.
    static func recipients(of group: Workgroup, on db: any Database) async throws -> (members: [(id: UUID, name: String)], tasks: [UUID: [(id: UUID, title: String)]]) {
        let groupID = try group.requireID()
        let members = try await WorkgroupQueries.members(of: groupID, on: db).filter { $0.staff.isActive && $0.staff.id != group.$lead.id }
        let tasks = try await WorkTaskQueries.inWorkgroup(groupID, on: db)
        return (members.map { ($0.staff.id, $0.staff.details.name) },
                Dictionary(grouping: tasks, by: \.assignee_id).mapValues { $0.map { ($0.id, $0.title) } })
    }

    static func give(_ input: WorkgroupFeedbackInput, in group: Workgroup, context: ServiceContext) async throws -> Result<String, FieldErrors> {
        let (members, tasks) = try await recipients(of: group, on: context.db)
        let validated = input.validate(members: Set(members.map(\.id)), tasksByMember: tasks.mapValues { Set($0.map(\.id)) })
        guard let (memberID, details) = validated.value else { return .failure(FieldErrors(validated.errors)) }
        let name = members.first { $0.id == memberID }?.name ?? "the member"
        return try await context.transaction { context in
            let feedback = WorkgroupFeedback()
            feedback.id = context.newID()
            feedback.givenAt = context.now
            feedback.kind = details.kind
            feedback.text = details.text
            feedback.$workgroup.id = try group.requireID()
            feedback.$member.id = memberID
            feedback.$giver.id = context.actor
            feedback.$task.id = details.taskID
            try await feedback.create(on: context.db)
            let task = details.taskID.flatMap { id in tasks[memberID]?.first { $0.id == id }?.title }
            try await context.audit(.create, .workgroupFeedback, id: feedback.id,
                                    "Feedback (\(details.kind.displayName.lowercased())) for \(name) in \(group.name)" + (task.map { " on “\($0)”" } ?? ""))
            return .success(name)
        }
    }
}
