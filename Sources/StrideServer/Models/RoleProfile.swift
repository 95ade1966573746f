import Fluent
import Foundation
import StrideCore

/// A job role (`RoleProfileDetails` in the core, with its requirements).
final class RoleProfile: Model, @unchecked Sendable {
    static let schema = "role_profiles"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "name_key") var nameKey: String
    @OptionalField(key: "description") var description: String?
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    init() {}

    static func key(_ name: String) -> String { RoleProfileDetails.key(name) }
}
