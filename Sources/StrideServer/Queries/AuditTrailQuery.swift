import Fluent
import Foundation
import SQLKit
import StrideCore

/// The audit trail newest first, filtered, a page at a time from a cursor (the last event seen),
/// so a page deep in a long trail costs what the first does: each filter has its index
/// (`audit_events_actor_occurred_at`, `audit_events_entity`, `audit_events_occurred_at`).
enum AuditTrailQuery {
    struct Event: Decodable, Sendable {
        let id: UUID
        let occurred_at: Date
        let actor_id: UUID?
        let actor_name: String?
        let action: AuditAction
        let entity: AuditRecordKind
        let entity_id: UUID?
        let summary: String

        /// Where the next page starts when this is the last event of a page.
        var cursor: String { "\(occurred_at.timeIntervalSince1970)_\(id.uuidString.lowercased())" }
    }

    static func page(_ filter: AuditTrailCriteria, limit: Int, on db: any Database) async throws -> (events: [Event], more: Bool) {
        var conditions: [SQLQueryString] = []
        if let actor = filter.actorID { conditions.append("e.actor_id = \(bind: actor)") }
        if let kind = filter.kind { conditions.append("e.entity = \(bind: kind.rawValue)") }
        if let record = filter.recordID { conditions.append("e.entity_id = \(bind: record)") }
        if let from = filter.from { conditions.append("e.occurred_at >= \(bind: from)") }
        if let until = filter.until { conditions.append("e.occurred_at < \(bind: until)") }
        if let before = filter.before {
            conditions.append("(e.occurred_at < \(bind: before.at) OR (e.occurred_at = \(bind: before.at) AND e.id < \(bind: before.id)))")
        }
        let filtered: SQLQueryString = conditions.isEmpty ? "" : "WHERE " + conditions.dropFirst().reduce(conditions[0]) { "\($0) AND \($1)" }
        let rows = try await db.sql().raw("""
            SELECT e.id, e.occurred_at, e.actor_id, s.name AS actor_name, e.action, e.entity, e.entity_id, e.summary
            FROM audit_events e LEFT JOIN staff_members s ON s.id = e.actor_id \(filtered)
            ORDER BY e.occurred_at DESC, e.id DESC LIMIT \(unsafeRaw: String(limit + 1))
            """).all(decoding: Event.self)
        return (Array(rows.prefix(limit)), rows.count > limit)
    }
}
