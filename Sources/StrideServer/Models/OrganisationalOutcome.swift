import Fluent
import Foundation
import StrideCore

/// An outcome the organisation sets itself for a period (`OrganisationalOutcomeDetails`).
final class OrganisationalOutcome: Model, @unchecked Sendable {
    static let schema = "organisational_outcomes"
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
    @OptionalParent(key: "owner_id") var owner: StaffMember?

    init() {}

    var details: OrganisationalOutcomeDetails {
        get {
            OrganisationalOutcomeDetails(title: title, description: description, periodStart: periodStart, periodEnd: periodEnd,
                                         ownerID: $owner.id)
        }
        set {
            title = newValue.title
            description = newValue.description
            periodStart = newValue.periodStart
            periodEnd = newValue.periodEnd
            $owner.id = newValue.ownerID
        }
    }
}
