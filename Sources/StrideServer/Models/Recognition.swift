import Fluent
import Foundation
import StrideCore

/// Recognition of a colleague's work (`RecognitionDetails` in the core).
final class Recognition: Model, @unchecked Sendable {
    static let schema = "recognitions"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "given_at") var givenAt: Date

    // data fields
    @Field(key: "text") var text: String
    /// The output's key in the receiver's plan for `cycle`, when one was linked.
    @OptionalField(key: "output_key") var outputKey: UUID?

    // relationships
    @Parent(key: "receiver_id") var receiver: StaffMember
    @OptionalParent(key: "giver_id") var giver: StaffMember?
    /// The receiver's cycle when it was given, so it shows beside that cycle's End of Cycle.
    @OptionalParent(key: "cycle_id") var cycle: AppraisalCycle?

    init() {}
}
