import Fluent
import Foundation
import SQLKit
import StrideCore

/// A table of skills something requires, each at a level, in the order listed: a role's
/// requirements, a workgroup's needs, a task's. They share one shape, so one reader and one
/// writer serve them all.
struct SkillRequirementTable: Sendable {
    let table: String
    /// The column naming the owner (the role, the workgroup, the task).
    let owner: String

    static let roles = SkillRequirementTable(table: "role_profile_requirements", owner: "role_profile_id")
    static let workgroupNeeds = SkillRequirementTable(table: "workgroup_skill_needs", owner: "workgroup_id")
    static let tasks = SkillRequirementTable(table: "work_task_requirements", owner: "work_task_id")

    private struct Row: Decodable {
        let owner: UUID
        let skill_id: UUID
        let level: Int
        let essential: Bool
    }

    /// The requirements of the `owners` (of every owner when nil), by owner, in two statements
    /// and the skills' three.
    func read(_ owners: [UUID]?, on db: any Database) async throws -> [UUID: [SkillRequirement]] {
        if let owners, owners.isEmpty { return [:] }
        let filter: SQLQueryString = owners.map { "WHERE \(ident: owner) IN (\(binds: $0))" } ?? ""
        let rows = try await db.sql().raw("""
            SELECT \(ident: owner) AS owner, skill_id, level, essential FROM \(ident: table) \(filter)
            ORDER BY \(ident: owner), position
            """).all(decoding: Row.self)
        let skills = try await SkillRefs.byID(Array(Set(rows.map(\.skill_id))), on: db)
        return Dictionary(grouping: rows, by: \.owner).mapValues { rows in
            rows.compactMap { row in skills[row.skill_id].map { SkillRequirement(skill: $0, level: row.level, essential: row.essential) } }
        }
    }

    /// One owner's requirements.
    func read(_ ownerID: UUID, on db: any Database) async throws -> [SkillRequirement] {
        try await read([ownerID], on: db)[ownerID] ?? []
    }

    /// Replaces an owner's requirements with `requirements`, in their order (inside the caller's
    /// transaction).
    func replace(of ownerID: UUID, with requirements: [SkillRequirement], in context: ServiceContext) async throws {
        let sql = try context.db.sql()
        try await sql.delete(from: table).where(SQLIdentifier(owner), .equal, ownerID).run()
        guard !requirements.isEmpty else { return }
        var insert = sql.insert(into: table).columns("id", "level", "essential", "position", owner, "skill_id")
        for (position, requirement) in requirements.enumerated() {
            insert = insert.values([context.newID(), requirement.level, requirement.essential, position, ownerID,
                                    requirement.skill.id] as [any Encodable & Sendable])
        }
        try await insert.run()
    }

    /// "Data management at level 4 (essential)", as the audit trail lists requirements.
    static func line(_ requirement: SkillRequirement) -> String {
        "\(requirement.skill.name) at level \(requirement.level) (\(requirement.essential ? "essential" : "desirable"))"
    }
}
