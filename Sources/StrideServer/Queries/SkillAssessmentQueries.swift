import Fluent
import Foundation
import SQLKit
import StrideCore

/// Skill assessments as lists read them.
enum SkillAssessmentQueries {
    /// A proposal waiting for a decision.
    struct Waiting: Decodable, Sendable {
        let id: UUID
        let level: Int
        let proposed_at: Date
        let staff_id: UUID
        let staff_name: String
        let skill: String
    }

    /// The proposals `viewer` may decide on as their people's manager or delegate today, oldest
    /// first, in one statement (the status index, then each person's row).
    static func waiting(for viewer: UUID, today: CalendarDate, on db: any Database) async throws -> [Waiting] {
        try await db.sql().raw("""
            SELECT a.id, a.level, a.proposed_at, s.id AS staff_id, s.name AS staff_name, k.name AS skill
            FROM skill_assessments a
              JOIN staff_members s ON s.id = a.staff_member_id
              JOIN skills k ON k.id = a.skill_id
            WHERE a.status = \(bind: SkillAssessmentStatus.proposed.rawValue) AND s.id <> \(bind: viewer)
              AND (s.supervisor_id = \(bind: viewer) OR EXISTS (
                SELECT 1 FROM appraisal_delegations d
                WHERE d.staff_member_id = s.id AND d.delegate_id = \(bind: viewer) AND d.revoked_at IS NULL
                  AND d.starts_on <= \(bind: today.iso) AND (d.ends_on IS NULL OR d.ends_on > \(bind: today.iso))))
            ORDER BY a.proposed_at, a.id
            """).all(decoding: Waiting.self)
    }
}
