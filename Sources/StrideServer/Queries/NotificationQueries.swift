import Fluent
import Foundation
import SQLKit
import StrideCore

/// A person's notifications, and the outbox as HR reads it.
enum NotificationQueries {
    /// Unread notifications, counted from the index on recipient and read time (every page's header).
    static func unreadCount(of staffID: UUID, on db: any Database) async throws -> Int {
        struct Row: Decodable { let n: Int }
        return try await db.sql().raw("""
            SELECT COUNT(*) AS n FROM notifications WHERE recipient_id = \(bind: staffID) AND read_at IS NULL
            """).first(decoding: Row.self)?.n ?? 0
    }

    /// The latest `limit` notifications of a person, unread first.
    static func latest(of staffID: UUID, limit: Int = 100, on db: any Database) async throws -> [StrideNotification] {
        try await StrideNotification.query(on: db).filter(\.$recipient.$id == staffID).sort(\.$createdAt, .descending).limit(limit).all()
            .sorted { ($0.readAt == nil ? 0 : 1, $1.createdAt) < ($1.readAt == nil ? 0 : 1, $0.createdAt) }
    }

    /// How many messages the outbox holds in each state, and the latest `limit`.
    static func outbox(limit: Int = 100, on db: any Database) async throws -> (waiting: Int, sent: Int, failed: Int, latest: [OutboxMessage]) {
        struct Row: Decodable { let waiting: Int; let sent: Int; let failed: Int }
        let counts = try await db.sql().raw("""
            SELECT
              (SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL AND attempts < \(bind: DeliveryBackoff.maxAttempts)) AS waiting,
              (SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NOT NULL) AS sent,
              (SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL AND attempts >= \(bind: DeliveryBackoff.maxAttempts)) AS failed
            """).first(decoding: Row.self)
        let latest = try await OutboxMessage.query(on: db).sort(\.$createdAt, .descending).limit(limit).all()
        return (counts?.waiting ?? 0, counts?.sent ?? 0, counts?.failed ?? 0, latest)
    }
}
