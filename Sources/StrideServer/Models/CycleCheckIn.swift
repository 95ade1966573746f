import Fluent
import Foundation

/// A check-in note on a cycle.
final class CycleCheckIn: Model, @unchecked Sendable {
    static let schema = "cycle_check_ins"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "written_at") var writtenAt: Date

    // data fields
    @Field(key: "note") var note: String

    // relationships
    @Parent(key: "cycle_id") var cycle: AppraisalCycle
    @OptionalField(key: "author_id") var authorID: UUID?

    init() {}
}
