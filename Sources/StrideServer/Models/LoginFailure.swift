import Fluent
import Foundation

/// A failed sign-in, kept for the throttle window. Stored in the database rather than in
/// memory so that every app server behind a load balancer counts the same failures.
final class LoginFailure: Model, @unchecked Sendable {
    static let schema = "login_failures"
    typealias IDValue = UUID

    enum Scope: String, Codable { case account, address }

    @ID(key: .id) var id: UUID?
    @Field(key: "scope") var scope: Scope
    @Field(key: "key") var key: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}

    init(scope: Scope, key: String, occurredAt: Date) {
        self.scope = scope
        self.key = key
        self.occurredAt = occurredAt
    }
}
