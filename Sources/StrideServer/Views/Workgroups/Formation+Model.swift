import Foundation
import StrideCore

/// The model of `workgroups/formation.leaf`: the skills the work needs and who covers them, the
/// people suggested to cover the rest (each ticked, with a role to confirm), and what nobody covers.
struct FormationModel: Encodable {
    struct Need: Encodable {
        let skill: String
        let level: Int
        let coveredBy: String
        let covered: Bool
    }

    struct Candidate: Encodable {
        let id: String
        let name: String
        let covers: String
        let openTasks: Int
        let checked: Bool
        let field: FormField
    }

    let groupName: String
    let groupHref: String
    let needsHref: String
    let action: String
    let needs: [Need]
    let candidates: [Candidate]
    let uncovered: [String]
    let hasNeeds: Bool
    let membersError: String?

    init(group: Workgroup, query: FormationQuery, posted: [String: String]?, errors: [FieldError]) throws {
        let id = try group.requireID()
        groupName = group.name
        groupHref = StridePath.workgroup(id).href
        needsHref = StridePath.workgroupNeeds(id).href
        action = StridePath.workgroupFormation(id).href
        hasNeeds = !query.needs.isEmpty
        let suggested = query.suggestion.members
        func line(_ requirements: [SkillRequirement]) -> String {
            requirements.map { "\($0.skill.name) at \($0.level)" }.joined(separator: ", ")
        }
        needs = query.needs.map { need in
            let by = suggested.first { $0.covers.contains(need) }
            return Need(skill: need.skill.name, level: need.level,
                        coveredBy: query.coveredByMembers.contains(need) ? "A member already" : by.map { "Suggested: \($0.candidate.name)" } ?? "Nobody",
                        covered: query.coveredByMembers.contains(need) || by != nil)
        }
        candidates = suggested.map { member in
            let key = member.candidate.id.uuidString.lowercased()
            return Candidate(id: key, name: member.candidate.name, covers: line(member.covers), openTasks: member.candidate.openTasks,
                             checked: posted.map { $0["add-\(key)"] != nil } ?? true,
                             field: FormField("role-\(key)", .text, label: "Role of \(member.candidate.name)",
                                                  value: posted?["role-\(key)"] ?? WorkgroupRole.member, errors: errors, width: "20"))
        }
        uncovered = query.suggestion.uncovered.map { "\($0.skill.name) at level \($0.level)" }
        membersError = errors.first { $0.field == "members" }?.message
    }
}
