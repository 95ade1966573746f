import Fluent
import Foundation
import StrideCore

/// A cycle as opened for a person, its dates fixed at opening.
final class AppraisalCycle: Model, @unchecked Sendable {
    static let schema = "appraisal_cycles"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "opened_by") var openedBy: UUID?

    // data fields
    @Field(key: "label") var label: String
    @Field(key: "contract_type") var contractType: ContractType
    @Field(key: "start_date") var startDate: CalendarDate
    @Field(key: "end_date") var endDate: CalendarDate
    @Field(key: "beginning_due") var beginningDue: CalendarDate
    @Field(key: "midterm_date") var midtermDate: CalendarDate
    @Field(key: "midterm_due") var midtermDue: CalendarDate
    @Field(key: "end_due") var endDue: CalendarDate
    @OptionalField(key: "probation_report_date") var probationReportDate: CalendarDate?
    @OptionalField(key: "colleague_designation_date") var colleagueDesignationDate: CalendarDate?

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @OptionalField(key: "appraiser_id") var appraiserID: UUID?

    init() {}
}

extension AppraisalCycle {
    /// The cycle with the dates it was opened with.
    var scheduled: ScheduledCycle {
        ScheduledCycle(label: label, contractType: contractType, start: startDate, end: endDate, beginningOfCycleDue: beginningDue,
                       midtermReview: midtermDate, midtermReviewDue: midtermDue, endOfCycleDue: endDue,
                       probationReport: probationReportDate, colleagueDesignation: colleagueDesignationDate, isCut: false)
    }

    /// Sets the label and dates from the rules' cycle, when it opens or is cut.
    func apply(_ scheduled: ScheduledCycle) {
        label = scheduled.label
        contractType = scheduled.contractType
        startDate = scheduled.start
        endDate = scheduled.end
        beginningDue = scheduled.beginningOfCycleDue
        midtermDate = scheduled.midtermReview
        midtermDue = scheduled.midtermReviewDue
        endDue = scheduled.endOfCycleDue
        probationReportDate = scheduled.probationReport
        colleagueDesignationDate = scheduled.colleagueDesignation
    }
}

/// One phase's form of a cycle.
final class AppraisalForm: Model, @unchecked Sendable {
    static let schema = "appraisal_forms"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "kind") var kind: AppraisalFormKind
    @Field(key: "state") var state: AppraisalState
    /// The core's content type for the kind, as JSON.
    @Field(key: "content") var content: String
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int
    @OptionalField(key: "staff_signed_at") var staffSignedAt: Date?
    @OptionalField(key: "staff_signed_hash") var staffSignedHash: String?
    /// The staff member's statement of disagreement, if any, signed with the form.
    @OptionalField(key: "staff_statement") var staffStatement: String?
    @OptionalField(key: "manager_signed_at") var managerSignedAt: Date?
    @OptionalField(key: "manager_signed_by") var managerSignedBy: UUID?
    @OptionalField(key: "manager_signed_hash") var managerSignedHash: String?
    /// The End of Cycle's overall rating, kept beside the content for counting.
    @OptionalField(key: "overall_rating") var overallRating: OverallRating?
    /// The phase's due date from the cycle (`ScheduledCycle.due(for:)`), kept for the lists that
    /// filter and order by it; set when the form opens and when the cycle is cut.
    @Field(key: "due_on") var dueOn: CalendarDate

    // relationships
    @Parent(key: "cycle_id") var cycle: AppraisalCycle

    init() {}
}
