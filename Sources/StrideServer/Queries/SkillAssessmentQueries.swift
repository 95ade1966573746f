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
    /// first, in one statement: the viewer's people first (the supervisor and delegate indexes),
    /// then each one's proposals on the status index, so the head of a large organisation does
    /// not read every proposal to find their direct reports'.
    static func waiting(for viewer: UUID, today: CalendarDate, on db: any Database) async throws -> [Waiting] {
        try await db.sql().raw("""
            SELECT a.id, a.level, a.proposed_at, s.id AS staff_id, s.name AS staff_name, k.name AS skill
            FROM skill_assessments a
              JOIN staff_members s ON s.id = a.staff_member_id
              JOIN skills k ON k.id = a.skill_id
            WHERE a.status = \(bind: SkillAssessmentStatus.proposed.rawValue) AND a.staff_member_id IN (
                SELECT r.id FROM staff_members r WHERE r.supervisor_id = \(bind: viewer)
                UNION
                SELECT d.staff_member_id FROM appraisal_delegations d
                WHERE d.delegate_id = \(bind: viewer) AND d.revoked_at IS NULL
                  AND d.starts_on <= \(bind: today.iso) AND (d.ends_on IS NULL OR d.ends_on > \(bind: today.iso)))
              AND s.id <> \(bind: viewer)
            ORDER BY a.proposed_at, a.id
            """).all(decoding: Waiting.self)
    }

    private struct Decided: Decodable {
        let staff_member_id: UUID
        let skill_id: UUID
        let decided_level: Int
    }

    /// The confirmed levels of the people `staff` selects (a subquery of staff ids), by person then
    /// skill: each skill's latest decision, in one statement on the person-and-skill index.
    static func confirmedLevels(ofStaffIn staff: SQLQueryString, on db: any Database) async throws -> [UUID: [UUID: Int]] {
        let rows = try await db.sql().raw("""
            SELECT staff_member_id, skill_id, decided_level FROM skill_assessments
            WHERE staff_member_id IN (\(staff)) AND decided_level IS NOT NULL ORDER BY decided_at, id
            """).all(decoding: Decided.self)
        var levels: [UUID: [UUID: Int]] = [:]
        for row in rows { levels[row.staff_member_id, default: [:]][row.skill_id] = row.decided_level }
        return levels
    }
}
