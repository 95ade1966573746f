import Fluent
import Foundation
import SQLKit
import StrideCore

/// Keeps every person's stored `TreePath` in step with the supervision tree. Whatever sets a
/// supervisor calls one of these in the same transaction, so a path is never out of date.
enum SupervisionPaths {
    private struct Row: Decodable {
        let id: UUID
        let supervisor_id: UUID?
        let supervision_path: String
    }

    /// Rows per UPDATE when many paths are written at once.
    static let batchSize = 500

    /// Moves a person, with everyone below them, from `old` to `new`: one UPDATE over the
    /// index range that holds the subtree.
    static func move(from old: TreePath, to new: TreePath, on db: any Database) async throws {
        guard old != new else { return }
        try await db.sql().raw("""
            UPDATE staff_members
            SET supervision_path = \(bind: new.text) || substr(supervision_path, CAST(\(bind: old.text.count + 1) AS INTEGER))
            WHERE supervision_path >= \(bind: old.text) AND supervision_path < \(bind: old.upperBound)
            """).run()
    }

    /// How many levels of people stand below `path` (0 when nobody reports to them).
    static func levelsBelow(_ path: TreePath, on db: any Database) async throws -> Int {
        struct Deepest: Decodable { let supervision_path: String }
        let deepest = try await db.sql().raw("""
            SELECT supervision_path FROM staff_members
            WHERE supervision_path >= \(bind: path.text) AND supervision_path < \(bind: path.upperBound)
            ORDER BY length(supervision_path) DESC LIMIT 1
            """).first(decoding: Deepest.self)
        return deepest.flatMap { TreePath(stored: $0.supervision_path) }.map { $0.depth - path.depth } ?? 0
    }

    /// Works out every path from the supervisor links and writes those that differ: after a
    /// bulk change (an import) and when the column is first added.
    static func rebuild(on db: any Database) async throws {
        let rows = try await db.sql().raw("SELECT id, supervisor_id, supervision_path FROM staff_members")
            .all(decoding: Row.self)
        let paths = TreePath.paths(parents: Dictionary(rows.map { ($0.id, $0.supervisor_id) }, uniquingKeysWith: { a, _ in a }))
        let changed = rows.compactMap { row in paths[row.id].flatMap { $0.text == row.supervision_path ? nil : (row.id, $0) } }
        try await write(changed, on: db)
    }

    /// Sets the given people's paths, a batch per statement.
    static func write(_ paths: [(UUID, TreePath)], on db: any Database) async throws {
        let sql = try db.sql()
        for start in stride(from: 0, to: paths.count, by: batchSize) {
            let batch = paths[start..<min(start + batchSize, paths.count)]
            let whens = batch.map { id, path -> SQLQueryString in "WHEN \(bind: id) THEN \(bind: path.text)" }
            let cases: SQLQueryString = "CASE id \(whens.joined(separator: " ")) END"
            try await sql.raw("UPDATE staff_members SET supervision_path = \(cases) WHERE id IN (\(binds: batch.map(\.0)))").run()
        }
    }
}
