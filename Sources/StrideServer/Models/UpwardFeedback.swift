import Fluent
import Foundation
import StrideCore

/// HR's template for new rounds (`UpwardFeedbackTemplate` in the core); absent until HR first
/// changes the standard one.
final class UpwardFeedbackTemplateRecord: Model, @unchecked Sendable {
    static let schema = "upward_feedback_templates"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "updated_by") var updatedBy: UUID?

    // data fields
    @Field(key: "threshold") var threshold: Int
    @Field(key: "include_sub_units") var includeSubUnits: Bool
    /// `[UpwardFeedbackQuestion]` as JSON.
    @Field(key: "questions") var questions: String

    init() {}
}

/// A round of upward feedback on one responsible chief.
final class UpwardFeedbackRound: Model, @unchecked Sendable {
    static let schema = "upward_feedback_rounds"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "opened_by") var openedBy: UUID?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "closed_by") var closedBy: UUID?

    // data fields
    @Field(key: "opens_on") var opensOn: CalendarDate
    @Field(key: "closes_on") var closesOn: CalendarDate
    @Field(key: "status") var status: UpwardFeedbackStatus
    /// The anonymity threshold the round opened with.
    @Field(key: "threshold") var threshold: Int
    /// `[UpwardFeedbackQuestion]` as JSON: the questions the round opened with.
    @Field(key: "questions") var questions: String
    @Field(key: "invited_count") var invitedCount: Int
    /// Shown only to HR, and only as a number.
    @Field(key: "response_count") var responseCount: Int
    /// `UpwardFeedbackReport` as JSON, compiled once when the round closed.
    @OptionalField(key: "report") var report: String?

    // relationships
    @Parent(key: "chief_id") var chief: StaffMember
    @OptionalParent(key: "cycle_id") var cycle: AppraisalCycle?

    init() {}

    var questionList: [UpwardFeedbackQuestion] {
        (try? JSONDecoder().decode([UpwardFeedbackQuestion].self, from: Data(questions.utf8))) ?? []
    }

    var compiledReport: UpwardFeedbackReport? {
        report.flatMap { try? JSONDecoder().decode(UpwardFeedbackReport.self, from: Data($0.utf8)) }
    }

    var isOpen: Bool { status == .open }
}

/// One person's invitation to a round, and whether they have responded (never when, never what).
final class UpwardFeedbackInvitation: Model, @unchecked Sendable {
    static let schema = "upward_feedback_invitations"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?

    // data fields
    @Field(key: "responded") var responded: Bool

    // relationships
    @Parent(key: "round_id") var round: UpwardFeedbackRound
    @Parent(key: "staff_member_id") var staffMember: StaffMember

    init() {}
}

/// One anonymous response to an open round: answers and comment, no respondent, no time.
final class UpwardFeedbackResponseRecord: Model, @unchecked Sendable {
    static let schema = "upward_feedback_responses"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?

    // data fields
    /// The ratings by question id (a rating 1–5, or null for "cannot judge"), as JSON.
    @Field(key: "answers") var answers: String
    @OptionalField(key: "comment") var comment: String?

    // relationships
    @Parent(key: "round_id") var round: UpwardFeedbackRound

    init() {}

    var response: UpwardFeedbackResponse { UpwardFeedbackResponse(ratings: RatingsJSON.decode(answers), comment: comment) }
}
