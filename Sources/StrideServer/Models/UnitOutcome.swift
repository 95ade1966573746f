import Fluent
import Foundation
import StrideCore

/// An outcome a unit is to achieve in a period (`UnitOutcomeDetails` in the core).
final class UnitOutcome: Model, @unchecked Sendable {
    static let schema = "unit_outcomes"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @Field(key: "period_start") var periodStart: CalendarDate
    @Field(key: "period_end") var periodEnd: CalendarDate
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // relationships
    @Parent(key: "unit_id") var unit: OrganisationalUnit
    @OptionalParent(key: "organisational_outcome_id") var organisationalOutcome: OrganisationalOutcome?

    init() {}

    var details: UnitOutcomeDetails {
        get {
            UnitOutcomeDetails(title: title, description: description, periodStart: periodStart, periodEnd: periodEnd,
                               organisationalOutcomeID: $organisationalOutcome.id)
        }
        set {
            title = newValue.title
            description = newValue.description
            periodStart = newValue.periodStart
            periodEnd = newValue.periodEnd
            $organisationalOutcome.id = newValue.organisationalOutcomeID
        }
    }
}
