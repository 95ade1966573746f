import Fluent
import Foundation
import StrideCore

/// A delegation of one person's appraisal to a delegate, for a period, until revoked.
final class AppraisalDelegation: Model, @unchecked Sendable {
    static let schema = "appraisal_delegations"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "granted_by") var grantedBy: UUID?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "revoked_by") var revokedBy: UUID?

    // data fields
    @Field(key: "starts_on") var startsOn: CalendarDate
    @OptionalField(key: "ends_on") var endsOn: CalendarDate?

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @Field(key: "delegate_id") var delegateID: UUID

    init() {}

    var terms: DelegationTerms {
        DelegationTerms(staffID: $staffMember.id, delegateID: delegateID, startsOn: startsOn, endsOn: endsOn)
    }
}
