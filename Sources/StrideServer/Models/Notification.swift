import Fluent
import Foundation
import StrideCore

/// Something a person is told in Stride, such as a reminder of a form due.
final class StrideNotification: Model, @unchecked Sendable {
    static let schema = "notifications"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?

    // data fields
    /// `ReminderRules.key`: the same reminder is never stored, nor sent, twice.
    @Field(key: "dedupe_key") var dedupeKey: String
    @Field(key: "kind") var kind: ReminderKind
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    /// The page it is about.
    @Field(key: "link") var link: String

    // relationships
    @Parent(key: "recipient_id") var recipient: StaffMember

    init() {}
}

/// An e-mail in the outbox.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    // data fields
    @Field(key: "to_address") var toAddress: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "last_error") var lastError: String?

    // relationships
    @OptionalParent(key: "notification_id") var notification: StrideNotification?

    init() {}

    /// Sent, waiting (for the next attempt), or failed for good.
    var status: String {
        if sentAt != nil { return "sent" }
        return attempts >= DeliveryBackoff.maxAttempts ? "failed" : "waiting"
    }
}
