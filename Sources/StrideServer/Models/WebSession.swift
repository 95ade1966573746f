import Fluent
import Foundation

/// One browser's session: what `SessionData` holds, who it belongs to once signed in, and
/// when it ends.
final class WebSession: Model, @unchecked Sendable {
    static let schema = "web_sessions"

    @ID(custom: "key_hash", generatedBy: .user) var id: String?
    @OptionalField(key: "staff_member_id") var staffMemberID: UUID?
    @Field(key: "data") var data: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
