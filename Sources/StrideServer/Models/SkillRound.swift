import Fluent
import Foundation
import StrideCore

/// A round of skills assessment (`SkillRoundDetails` in the core).
final class SkillRound: Model, @unchecked Sendable {
    static let schema = "skill_rounds"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "opened_by") var openedBy: UUID?

    // data fields
    @Field(key: "name") var name: String
    /// `SkillRoundScope.kind`; the unit or role it names is in its own column.
    @Field(key: "scope") var scope: String
    @Field(key: "due_on") var dueOn: CalendarDate

    // relationships
    @OptionalParent(key: "unit_id") var unit: OrganisationalUnit?
    @OptionalParent(key: "role_profile_id") var roleProfile: RoleProfile?

    init() {}

    var details: SkillRoundDetails {
        let scope: SkillRoundScope = switch self.scope {
        case "unit": $unit.id.map(SkillRoundScope.unit) ?? .everyone
        case "role": $roleProfile.id.map(SkillRoundScope.role) ?? .everyone
        default: .everyone
        }
        return SkillRoundDetails(name: name, scope: scope, dueOn: dueOn)
    }
}
