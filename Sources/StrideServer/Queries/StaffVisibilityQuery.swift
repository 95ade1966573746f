import Fluent
import Foundation
import SQLKit
import StrideCore

/// Applies the core `StaffVisibility` rule in the database, for a page of people at once:
/// no per-row query, and no list of everyone the viewer may see held in memory.
enum StaffVisibilityQuery {
    private struct IDRow: Decodable { let id: UUID }

    /// Ids per query: far below SQLite's and PostgreSQL's limits on bound values.
    static let chunkSize = 1_000

    static func filter(_ ids: [UUID], by visibility: StaffVisibility, on db: any Database) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        if visibility.everyone { return Set(ids) }
        guard ids.count <= chunkSize else {
            var visible: Set<UUID> = []
            for start in stride(from: 0, to: ids.count, by: chunkSize) {
                visible.formUnion(try await filter(Array(ids[start..<min(start + chunkSize, ids.count)]), by: visibility, on: db))
            }
            return visible
        }
        let rows = try await db.sql().raw("""
            SELECT s.id FROM staff_members s, staff_members v
            WHERE v.id = \(bind: visibility.reportsOf) AND s.id IN (\(binds: ids)) AND \(condition(visibility))
            """).all(decoding: IDRow.self)
        return Set(rows.map(\.id))
    }

    /// The rule as a condition on the person `s`, given the viewer's own row as `v`
    /// (`v.id = visibility.reportsOf`); for HR, always true.
    static func condition(_ visibility: StaffVisibility) -> SQLQueryString {
        if visibility.everyone { return "1 = 1" }
        let units = Array(visibility.inUnits)
        // An empty IN () is not valid SQL on every database; a unit id that cannot exist stands in.
        let unitList = units.isEmpty ? [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))] : units
        // Below the viewer means the viewer's path is a proper prefix of the person's: a test
        // on each listed row, whatever the size of the tree under the viewer.
        return """
            (s.id = \(bind: visibility.oneself)
             OR (s.id <> v.id AND substr(s.supervision_path, 1, length(v.supervision_path)) = v.supervision_path)
             OR s.unit_id IN (\(binds: unitList)))
            """
    }
}
