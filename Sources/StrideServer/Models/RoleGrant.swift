import Fluent
import Foundation
import StrideCore

/// A role given to a person by an HR administrator (Reports Board member, HR administrator).
/// Manager and responsible chief are never stored: they follow from the organisation.
final class RoleGrant: Model, @unchecked Sendable {
    static let schema = "role_grants"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "granted_at", on: .create) var grantedAt: Date?

    // data fields
    @Field(key: "role") var role: Role

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @OptionalField(key: "granted_by_id") var grantedByID: UUID?

    init() {}

    init(staffMemberID: UUID, role: Role, grantedByID: UUID?) {
        self.$staffMember.id = staffMemberID
        self.role = role
        self.grantedByID = grantedByID
    }
}
