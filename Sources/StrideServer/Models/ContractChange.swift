import Fluent
import Foundation
import StrideCore

/// A change of a staff member's contract type, from the day it takes effect. The type held
/// before it is kept too, so the first change names the type held from entry on duty.
final class ContractChange: Model, @unchecked Sendable {
    static let schema = "contract_changes"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "recorded_by") var recordedBy: UUID?

    // data fields
    @Field(key: "effective_on") var effectiveOn: CalendarDate
    @Field(key: "previous_type") var previousType: ContractType
    @Field(key: "contract_type") var contractType: ContractType

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember

    init() {}
}
