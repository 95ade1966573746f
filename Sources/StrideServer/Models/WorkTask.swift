import Fluent
import Foundation
import StrideCore

/// A task a workgroup's lead gave a member (`WorkTaskDetails` in the core, with its
/// requirements in `work_task_requirements`).
final class WorkTask: Model, @unchecked Sendable {
    static let schema = "work_tasks"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @OptionalField(key: "created_by") var createdBy: UUID?

    // data fields
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @Field(key: "due_on") var dueOn: CalendarDate
    @Field(key: "status") var status: WorkTaskStatus
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // relationships
    @Parent(key: "workgroup_id") var workgroup: Workgroup
    @Parent(key: "assignee_id") var assignee: StaffMember
    @OptionalParent(key: "objective_id") var objective: WorkgroupObjective?

    init() {}
}
