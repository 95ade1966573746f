import Fluent
import Foundation
import StrideCore

/// Feedback a workgroup's lead gave a member (`WorkgroupFeedbackDetails`).
final class WorkgroupFeedback: Model, @unchecked Sendable {
    static let schema = "workgroup_feedback"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "given_at") var givenAt: Date

    // data fields
    @Field(key: "kind") var kind: WorkgroupFeedbackKind
    @Field(key: "text") var text: String

    // relationships
    @Parent(key: "workgroup_id") var workgroup: Workgroup
    @Parent(key: "member_id") var member: StaffMember
    @OptionalParent(key: "giver_id") var giver: StaffMember?
    @OptionalParent(key: "task_id") var task: WorkTask?

    init() {}
}
