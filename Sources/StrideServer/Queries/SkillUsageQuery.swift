import Fluent
import Foundation
import SQLKit
import StrideCore

/// What depends on a framework's skills: the assessments and the requirements of roles,
/// workgroups and tasks, with the levels they name; in one statement.
enum SkillUsageQuery {
    private struct Row: Decodable {
        let skill_id: UUID
        let level: Int
        let kind: String
    }

    /// The use of each skill of the framework that has any, by skill id.
    static func use(inFramework frameworkID: UUID, on db: any Database) async throws -> [UUID: SkillInUse] {
        let ofFramework: SQLQueryString = "skill_id IN (SELECT id FROM skills WHERE framework_id = \(bind: frameworkID))"
        let rows = try await db.sql().raw("""
            SELECT skill_id, level, 'assessment' AS kind FROM skill_assessments WHERE \(ofFramework)
            UNION ALL SELECT skill_id, decided_level AS level, 'decision' AS kind FROM skill_assessments
              WHERE decided_level IS NOT NULL AND \(ofFramework)
            UNION ALL SELECT skill_id, level, 'requirement' AS kind FROM role_profile_requirements WHERE \(ofFramework)
            UNION ALL SELECT skill_id, level, 'requirement' AS kind FROM workgroup_skill_needs WHERE \(ofFramework)
            UNION ALL SELECT skill_id, level, 'requirement' AS kind FROM work_task_requirements WHERE \(ofFramework)
            """).all(decoding: Row.self)
        var use: [UUID: SkillInUse] = [:]
        for row in rows {
            var entry = use[row.skill_id] ?? SkillInUse()
            if row.kind == "assessment" { entry.assessments += 1 }
            if row.kind == "requirement" { entry.requirements += 1 }
            entry.levels.insert(row.level)
            use[row.skill_id] = entry
        }
        return use
    }

    /// How many appraisal forms chose the skill as a competency. Forms keep it inside their
    /// content, so this reads them: ask it only of a skill about to be removed.
    static func formCount(naming skillID: UUID, on db: any Database) async throws -> Int {
        struct Count: Decodable { let n: Int }
        // Forms write ids as Swift encodes them, in capitals.
        return try await db.sql().raw("""
            SELECT COUNT(*) AS n FROM appraisal_forms WHERE content LIKE \(bind: "%\"\(skillID.uuidString)\"%")
            """).first(decoding: Count.self)?.n ?? 0
    }

    /// The use of a skill about to be removed: its assessments and requirements, and the forms that chose it.
    static func useBeforeRemoving(_ skillID: UUID, from known: [UUID: SkillInUse], on db: any Database) async throws -> SkillInUse {
        var use = known[skillID] ?? SkillInUse()
        use.forms = try await formCount(naming: skillID, on: db)
        return use
    }
}
