import Fluent
import Foundation
import SQLKit
import StrideCore

/// The unit tree page's data: every unit, its active head count and its chief's name.
enum UnitTreeQuery {
    struct Node: Sendable {
        let unit: UnitRecord
        let staffCount: Int
        let chiefName: String?
    }

    private struct Row: Decodable {
        let id: UUID
        let name: String
        let code: String
        let parent_id: UUID?
        let chief_id: UUID?
        let chief_name: String?
        let staff_count: Int
    }

    /// Every unit by name, in one query: head counts come from the counts the database keeps
    /// (migration 010), not from counting staff.
    static func load(on db: any Database) async throws -> [Node] {
        try await db.sql().raw("""
            SELECT u.id, u.name, u.code, u.parent_id, u.chief_id, c.name AS chief_name, COALESCE(k.n, 0) AS staff_count
            FROM organisational_units u
              LEFT JOIN staff_members c ON c.id = u.chief_id
              LEFT JOIN unit_staff_counts k ON k.unit_id = u.id
            ORDER BY u.name, u.id
            """).all(decoding: Row.self).map { row in
            Node(unit: UnitRecord(id: row.id, details: UnitDetails(name: row.name, code: row.code), parentID: row.parent_id, chiefID: row.chief_id),
                 staffCount: row.staff_count, chiefName: row.chief_name)
        }
    }

    /// A unit's active head count, as the database keeps it.
    static func staffCount(of unitID: UUID, on db: any Database) async throws -> Int {
        struct Count: Decodable { let n: Int }
        return try await db.sql().raw("SELECT n FROM unit_staff_counts WHERE unit_id = \(bind: unitID)")
            .first(decoding: Count.self)?.n ?? 0
    }

    /// A unit's ancestors from the top down, for breadcrumbs.
    static func ancestors(of id: UUID, on db: any Database) async throws -> [UnitRecord] {
        let ids = try await OrganisationQueries.unitAncestors(of: id, on: db)
        let units = try await OrganisationalUnit.query(on: db).filter(\.$id ~~ ids).all()
        let byID = Dictionary(try units.map { (try $0.requireID(), try $0.record()) }, uniquingKeysWith: { a, _ in a })
        return ids.reversed().compactMap { byID[$0] }
    }
}
