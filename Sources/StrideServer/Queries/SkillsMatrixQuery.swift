import Fluent
import Foundation
import SQLKit
import StrideCore

/// The skills matrix of a workgroup or a unit: the people, what they need, their confirmed
/// levels and the skills those name, in a handful of statements whatever the team's size.
enum SkillsMatrixQuery {
    /// A workgroup's members still in the organisation (by name) against the skills its work needs.
    static func workgroup(_ groupID: UUID, on db: any Database) async throws -> SkillsMatrix {
        let members = try await WorkgroupQueries.members(of: groupID, on: db).filter(\.staff.isActive)
            .map { (id: $0.staff.id, name: $0.staff.name) }
        let needs = try await SkillRequirementTable.workgroupNeeds.read(groupID, on: db)
        let levels = try await SkillAssessmentQueries.confirmedLevels(
            ofStaffIn: "SELECT staff_member_id FROM workgroup_memberships WHERE workgroup_id = \(bind: groupID)", on: db)
        return try await matrix(members, needs: needs, levels: levels, on: db)
    }

    /// A unit's active members (by name) against the skills their job roles require together.
    static func unit(_ unitID: UUID, on db: any Database) async throws -> SkillsMatrix {
        let members: SQLQueryString = """
            SELECT id FROM staff_members WHERE unit_id = \(bind: unitID) AND status = \(bind: EmploymentStatus.active.rawValue)
            """
        struct Role: Decodable { let role_profile_id: UUID }
        let roles = try await db.sql().raw("""
            SELECT DISTINCT role_profile_id FROM staff_members
            WHERE unit_id = \(bind: unitID) AND status = \(bind: EmploymentStatus.active.rawValue) AND role_profile_id IS NOT NULL
            """).all(decoding: Role.self).map(\.role_profile_id)
        let needs = SkillRequirement.combined(Array(try await SkillRequirementTable.roles.read(roles, on: db).values))
        let people = try await StaffRows.unitMembers(unitID, on: db).map { (id: $0.id, name: $0.name) }
        let levels = try await SkillAssessmentQueries.confirmedLevels(ofStaffIn: members, on: db)
        return try await matrix(people, needs: needs, levels: levels, on: db)
    }

    private static func matrix(_ people: [(id: UUID, name: String)], needs: [SkillRequirement], levels: [UUID: [UUID: Int]],
                               on db: any Database) async throws -> SkillsMatrix {
        let held = Set(levels.values.flatMap(\.keys)).subtracting(needs.map(\.skill.id))
        let skills = try await SkillRefs.byID(Array(held), on: db)
        return SkillsMatrix(people: people.map { .init(id: $0.id, name: $0.name, levels: levels[$0.id] ?? [:]) },
                            needs: needs, skills: skills)
    }
}
