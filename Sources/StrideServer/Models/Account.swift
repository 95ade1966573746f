import Fluent
import Foundation

/// How a staff member signs in. Created when HR first issues a one-time password; until then
/// the person has no usable password.
final class Account: Model, @unchecked Sendable {
    static let schema = "accounts"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // data fields
    /// bcrypt hash; nil means no usable password.
    @OptionalField(key: "password_hash") var passwordHash: String?
    /// Set when the password was issued by HR (one-time): the person must choose their own.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @Field(key: "disabled") var disabled: Bool
    @OptionalField(key: "password_set_at") var passwordSetAt: Date?
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember

    init() {}

    init(id: UUID? = nil, staffMemberID: UUID) {
        self.id = id
        self.$staffMember.id = staffMemberID
        self.mustChangePassword = true
        self.disabled = false
    }
}
