import Fluent
import Foundation
import StrideCore

/// One step of a form's life, with the content as it then stood: a save, a transition or a
/// signature. Signed versions stay readable here after the Board returns a form for correction.
final class AppraisalFormEvent: Model, @unchecked Sendable {
    static let schema = "appraisal_form_events"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "occurred_at") var occurredAt: Date

    // data fields
    /// "save", or the workflow action's raw value.
    @Field(key: "action") var action: String
    /// The state the form was in after the step.
    @Field(key: "state") var state: AppraisalState
    @Field(key: "record_version") var recordVersion: Int
    @Field(key: "content") var content: String
    @OptionalField(key: "comment") var comment: String?
    @OptionalField(key: "actor_id") var actorID: UUID?

    // relationships
    @Parent(key: "form_id") var form: AppraisalForm

    init() {}
}
