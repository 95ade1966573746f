import Fluent
import Foundation
import SQLKit
import StrideCore

/// What forming a workgroup from the skills its work needs reads: the needs, what the members
/// already cover, and the people outside the group with a confirmed level in a needed skill,
/// each with their open tasks. Only people whose records the lead may open are offered, since
/// suggesting someone for a skill would tell the lead their level.
struct FormationQuery: Sendable {
    let needs: [SkillRequirement]
    /// The needs some member already meets.
    let coveredByMembers: [SkillRequirement]
    let suggestion: TeamFormation.Suggestion

    static func load(_ group: Workgroup, openable: ([UUID]) async throws -> Set<UUID>, on db: any Database) async throws -> FormationQuery {
        let groupID = try group.requireID()
        let needs = try await SkillRequirementTable.workgroupNeeds.read(groupID, on: db)
        guard !needs.isEmpty else { return FormationQuery(needs: [], coveredByMembers: [], suggestion: TeamFormation.suggest([], for: [])) }
        let skillIDs = needs.map(\.skill.id)
        let holders: SQLQueryString = """
            SELECT DISTINCT a.staff_member_id FROM skill_assessments a JOIN staff_members s ON s.id = a.staff_member_id
            WHERE a.skill_id IN (\(binds: skillIDs)) AND a.decided_level IS NOT NULL AND s.status = 'active'
            """
        let levels = try await SkillAssessmentQueries.confirmedLevels(ofStaffIn: holders, on: db)
        let members = Set(try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == groupID).all(\.$staffMember.$id))
        func covers(_ person: UUID, _ need: SkillRequirement) -> Bool { (levels[person]?[need.skill.id] ?? 0) >= need.level }
        let covered = needs.filter { need in members.contains { covers($0, need) } }
        let open = needs.filter { need in !covered.contains(need) }
        let outside = try await openable(levels.keys.filter { !members.contains($0) })
        struct Person: Decodable { let id: UUID; let name: String; let open_tasks: Int }
        let people = outside.isEmpty ? [] : try await db.sql().raw("""
            SELECT s.id, s.name, (SELECT COUNT(*) FROM work_tasks t WHERE t.assignee_id = s.id AND t.status IN (\(binds: WorkTaskQueries.openStatuses))) AS open_tasks
            FROM staff_members s WHERE s.id IN (\(binds: Array(outside)))
            """).all(decoding: Person.self)
        let candidates = people.map { WorkAllocation.Candidate(id: $0.id, name: $0.name, levels: levels[$0.id] ?? [:], openTasks: $0.open_tasks) }
        return FormationQuery(needs: needs, coveredByMembers: covered, suggestion: TeamFormation.suggest(candidates, for: open))
    }
}
