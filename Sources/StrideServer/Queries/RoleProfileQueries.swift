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

    /// A role's requirements, in the order HR listed them.
    static func requirements(of roleID: UUID, on db: any Database) async throws -> [SkillRequirement] {
        try await SkillRequirementTable.roles.read(roleID, on: db)
    }

    /// Every role's requirements, by role.
    static func allRequirements(on db: any Database) async throws -> [UUID: [SkillRequirement]] {
        try await SkillRequirementTable.roles.read(nil, on: db)
    }
}
