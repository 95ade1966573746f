import Fluent
import Foundation
import StrideCore

/// One change, recorded for good: who did what to which record, and when. Rows are only ever
/// inserted; nothing in Stride updates or deletes them.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?

    // data fields
    @Field(key: "occurred_at") var occurredAt: Date
    /// The staff member who acted; nil for the system (imports run from the command line, demo).
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "action") var action: AuditAction
    @Field(key: "entity") var kind: AuditRecordKind
    @OptionalField(key: "entity_id") var entityID: UUID?
    @Field(key: "summary") var summary: String

    init() {}

    init(id: UUID? = nil, occurredAt: Date, actorID: UUID?, action: AuditAction, kind: AuditRecordKind,
         entityID: UUID?, summary: String) {
        self.id = id
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.action = action
        self.kind = kind
        self.entityID = entityID
        self.summary = summary
    }
}
