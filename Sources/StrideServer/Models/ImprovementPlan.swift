import Fluent
import Foundation
import StrideCore

/// A performance improvement plan (`ImprovementPlanContent` and the rules in the core).
final class ImprovementPlanRecord: Model, @unchecked Sendable {
    static let schema = "improvement_plans"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "opened_by") var openedBy: UUID?
    @Field(key: "updated_at") var updatedAt: Date
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // data fields
    @Field(key: "stage") var stage: ImprovementPlanStage
    @Field(key: "starts_on") var startsOn: CalendarDate
    @Field(key: "review_due_on") var reviewDueOn: CalendarDate
    /// `ImprovementPlanContent` as JSON.
    @Field(key: "content") var content: String
    @OptionalField(key: "own_view") var ownView: String?
    @OptionalField(key: "support_concerns") var supportConcerns: String?
    @OptionalField(key: "own_view_at") var ownViewAt: Date?
    @OptionalField(key: "review_progress") var reviewProgress: ImprovementProgress?
    @OptionalField(key: "review_next_step") var reviewNextStep: ImprovementNextStep?
    @OptionalField(key: "review_summary") var reviewSummary: String?
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    @OptionalField(key: "reviewed_by") var reviewedBy: UUID?
    @OptionalField(key: "board_comment") var boardComment: String?
    @OptionalField(key: "board_reviewed_at") var boardReviewedAt: Date?
    @OptionalField(key: "board_reviewed_by") var boardReviewedBy: UUID?

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @OptionalParent(key: "end_of_cycle_form_id") var endOfCycleForm: AppraisalForm?

    init() {}

    var planContent: ImprovementPlanContent? {
        try? JSONDecoder().decode(ImprovementPlanContent.self, from: Data(content.utf8))
    }
}

/// A monitoring check-in on a plan.
final class ImprovementPlanCheckIn: Model, @unchecked Sendable {
    static let schema = "improvement_plan_check_ins"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "written_at") var writtenAt: Date
    @OptionalField(key: "author_id") var authorID: UUID?

    // data fields
    @Field(key: "note") var note: String

    // relationships
    @Parent(key: "plan_id") var plan: ImprovementPlanRecord

    init() {}
}
