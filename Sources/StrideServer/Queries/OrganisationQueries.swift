import Fluent
import Foundation
import SQLKit

/// Tree walks over units and supervision. Recursive CTEs run the whole walk in one query on
/// both SQLite and PostgreSQL, instead of one query per level. Depth is capped so that bad data
/// could never make a walk endless.
enum OrganisationQueries {
    static let maxDepth = 64

    private struct IDRow: Decodable { let id: UUID }

    /// Supervisors above a person, nearest first, by walking the supervisor links (the stored
    /// `TreePath` gives the same answer from the row; tests hold the two against each other).
    static func supervisorChain(of staffID: UUID, on db: any Database) async throws -> [UUID] {
        try await db.sql().raw("""
            WITH RECURSIVE chain(id, supervisor_id, depth) AS (
                SELECT id, supervisor_id, 0 FROM staff_members WHERE id = \(bind: staffID)
                UNION ALL
                SELECT s.id, s.supervisor_id, c.depth + 1
                FROM staff_members s JOIN chain c ON s.id = c.supervisor_id
                WHERE c.depth < \(unsafeRaw: String(maxDepth))
            )
            SELECT id FROM chain WHERE depth > 0 ORDER BY depth
            """).all(decoding: IDRow.self).map(\.id)
    }

    /// The units a person heads as responsible chief, and every unit below those.
    static func unitsHeaded(by staffID: UUID, on db: any Database) async throws -> [UUID] {
        try await db.sql().raw("SELECT DISTINCT id FROM (\(subtree(of: "chief_id = \(bind: staffID)"))) t")
            .all(decoding: IDRow.self).map(\.id)
    }

    /// The ids of the units matching `roots` and of every unit below them, as a subquery (a unit
    /// under two roots appears twice).
    static func subtree(of roots: SQLQueryString) -> SQLQueryString {
        """
        WITH RECURSIVE down(id, depth) AS (
          SELECT id, 0 FROM organisational_units WHERE \(roots)
          UNION ALL
          SELECT u.id, d.depth + 1 FROM organisational_units u JOIN down d ON u.parent_id = d.id
          WHERE d.depth < \(unsafeRaw: String(maxDepth))
        ) SELECT id FROM down
        """
    }

    /// Units above a unit, nearest first (for breadcrumbs and cycle checks).
    static func unitAncestors(of unitID: UUID, on db: any Database) async throws -> [UUID] {
        try await db.sql().raw("""
            WITH RECURSIVE up(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM organisational_units WHERE id = \(bind: unitID)
                UNION ALL
                SELECT u.id, u.parent_id, p.depth + 1 FROM organisational_units u JOIN up p ON u.id = p.parent_id
                WHERE p.depth < \(unsafeRaw: String(maxDepth))
            )
            SELECT id FROM up WHERE depth > 0 ORDER BY depth
            """).all(decoding: IDRow.self).map(\.id)
    }
}
