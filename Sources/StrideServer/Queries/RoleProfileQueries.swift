import Fluent
import Foundation
import SQLKit
import StrideCore

/// Job roles as pages and the API read them.
enum RoleProfileQueries {
    /// A role in the list: its name, how many skills it requires and how many people hold it.
    struct Listed: Decodable, Sendable {
        let id: UUID
        let name: String
        let description: String?
        let requirement_count: Int
        let holder_count: Int
    }

    /// Every role, by name, with its counts, in one statement.
    static func all(on db: any Database) async throws -> [Listed] {
        try await db.sql().raw("""
            SELECT r.id, r.name, r.description,
              (SELECT COUNT(*) FROM role_profile_requirements q WHERE q.role_profile_id = r.id) AS requirement_count,
              (SELECT COUNT(*) FROM staff_members s WHERE s.role_profile_id = r.id AND s.status = \(bind: EmploymentStatus.active.rawValue)) AS holder_count
            FROM role_profiles r ORDER BY r.name_key
            """).all(decoding: Listed.self)
    }

    /// A role as a select offers it.
    struct Choice: Decodable, Sendable {
        let id: UUID
        let name: String
    }

    /// Every role's id and name, by name: the staff form's choices.
    static func choices(on db: any Database) async throws -> [Choice] {
        try await db.sql().raw("SELECT id, name FROM role_profiles ORDER BY name_key").all(decoding: Choice.self)
    }

    /// One role's id and name.
    static func choice(_ id: UUID, on db: any Database) async throws -> Choice? {
        try await db.sql().raw("SELECT id, name FROM role_profiles WHERE id = \(bind: id)").first(decoding: Choice.self)
    }

    private struct RequirementRow: Decodable {
        let role_profile_id: UUID
        let skill_id: UUID
        let level: Int
        let essential: Bool
    }

    /// A role's requirements, in the order HR listed them.
    static func requirements(of roleID: UUID, on db: any Database) async throws -> [SkillRequirement] {
        try await requirements(where: "role_profile_id = \(bind: roleID)", on: db)[roleID] ?? []
    }

    /// Every role's requirements, by role, in two statements and the skills' three.
    static func allRequirements(on db: any Database) async throws -> [UUID: [SkillRequirement]] {
        try await requirements(where: "1 = 1", on: db)
    }

    private static func requirements(where filter: SQLQueryString, on db: any Database) async throws -> [UUID: [SkillRequirement]] {
        let rows = try await db.sql().raw("""
            SELECT role_profile_id, skill_id, level, essential FROM role_profile_requirements WHERE \(filter)
            ORDER BY role_profile_id, position
            """).all(decoding: RequirementRow.self)
        let skills = try await SkillRefs.byID(Array(Set(rows.map(\.skill_id))), on: db)
        return Dictionary(grouping: rows, by: \.role_profile_id).mapValues { rows in
            rows.compactMap { row in skills[row.skill_id].map { SkillRequirement(skill: $0, level: row.level, essential: row.essential) } }
        }
    }

    /// "Data management at level 4 (essential)", as the audit trail lists requirements.
    static func line(_ requirement: SkillRequirement) -> String {
        "\(requirement.skill.name) at level \(requirement.level) (\(requirement.essential ? "essential" : "desirable"))"
    }

    static func requirementLines(of roleID: UUID, on db: any Database) async throws -> [String] {
        try await requirements(of: roleID, on: db).map(line)
    }
}
