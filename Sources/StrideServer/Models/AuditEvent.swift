import Fluent
import Foundation

/// One change, recorded for good: who did what to which record, and when. Rows are only ever
/// inserted; nothing in Stride updates or deletes them.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"
    typealias IDValue = UUID

    @ID(key: .id) var id: UUID?
    @Field(key: "occurred_at") var occurredAt: Date
    /// The staff member who acted; nil for the system (imports run from the command line, demo).
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: UUID?
    @Field(key: "summary") var summary: String

    init() {}

    init(occurredAt: Date, actorID: UUID?, action: String, entity: String, entityID: UUID?, summary: String) {
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.summary = summary
    }
}

extension Database {
    /// Records an audit event in the same transaction as the change it describes.
    func audit(_ action: String, _ entity: String, id: UUID?, by actor: UUID?, at date: Date, _ summary: String) async throws {
        try await AuditEvent(occurredAt: date, actorID: actor, action: action, entity: entity, entityID: id, summary: summary)
            .create(on: self)
    }
}
