import Fluent
import Foundation
import StrideCore

/// A colleague designated for a probationer's feedback, and once given, their feedback
/// (`ColleagueFeedback` in the core).
final class ColleagueFeedbackRequest: Model, @unchecked Sendable {
    static let schema = "colleague_feedback_requests"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "designated_at") var designatedAt: Date
    @OptionalField(key: "designated_by") var designatedBy: UUID?
    @OptionalField(key: "given_at") var givenAt: Date?

    // data fields
    @Field(key: "due_on") var dueOn: CalendarDate
    /// The ratings by question id (null for "cannot judge"), as JSON; nil until given.
    @OptionalField(key: "ratings") var ratings: String?
    @OptionalField(key: "strengths") var strengths: String?
    @OptionalField(key: "development") var development: String?

    // relationships
    @Parent(key: "cycle_id") var cycle: AppraisalCycle
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @Parent(key: "colleague_id") var colleague: StaffMember

    init() {}

    var isGiven: Bool { givenAt != nil }

    /// The ratings as given, by question id.
    var ratingsByQuestion: [UUID: Int?] { RatingsJSON.decode(ratings) }
}
