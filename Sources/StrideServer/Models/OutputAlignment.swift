import Fluent
import Foundation

/// A cycle's current output and what it serves, kept from its forms (`OutputAlignmentIndex`).
final class OutputAlignment: Model, @unchecked Sendable {
    static let schema = "output_alignments"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?

    // data fields
    @Field(key: "output_key") var outputKey: UUID
    @Field(key: "position") var position: Int
    @Field(key: "description") var description: String

    // relationships
    @Parent(key: "cycle_id") var cycle: AppraisalCycle
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @OptionalParent(key: "unit_outcome_id") var unitOutcome: UnitOutcome?
    @OptionalParent(key: "objective_id") var objective: WorkgroupObjective?

    init() {}
}
