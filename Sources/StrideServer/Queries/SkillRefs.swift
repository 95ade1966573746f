import Fluent
import Foundation
import SQLKit
import StrideCore

/// Skills of the stored frameworks as the skills rules take them (`SkillRef`): name, framework,
/// scale and the levels each is described at, in three statements whatever the number.
enum SkillRefs {
    /// A skill with where it belongs, for choosing it in a form.
    struct Listed: Sendable {
        let ref: SkillRef
        let code: String?
        let frameworkID: UUID
        /// "SFIA 9", as a select's group label reads.
        let framework: String
    }

    private struct SkillRow: Decodable {
        let id: UUID
        let name: String
        let code: String?
        let framework_id: UUID
        let framework_name: String
        let framework_version: String
    }

    private struct LevelRow: Decodable {
        let owner: UUID
        let number: Int
    }

    /// Every skill of every framework (or only those with `ids`), by framework then the
    /// framework's own order.
    static func all(_ ids: [UUID]? = nil, on db: any Database) async throws -> [Listed] {
        if let ids, ids.isEmpty { return [] }
        // A request may name any number of skills: each distinct one once, a bounded number per statement.
        if let ids, Set(ids).count > Self.chunk || Set(ids).count < ids.count {
            let distinct = Array(Set(ids))
            var listed: [Listed] = []
            for start in stride(from: 0, to: distinct.count, by: Self.chunk) {
                listed += try await all(Array(distinct[start..<min(start + Self.chunk, distinct.count)]), on: db)
            }
            return listed
        }
        let only: SQLQueryString = ids.map { "WHERE s.id IN (\(binds: $0))" } ?? ""
        let sql = try db.sql()
        let skills = try await sql.raw("""
            SELECT s.id, s.name, s.code, s.framework_id, f.name AS framework_name, f.version AS framework_version
            FROM skills s JOIN skills_frameworks f ON f.id = s.framework_id \(only)
            ORDER BY f.name, f.version, s.position
            """).all(decoding: SkillRow.self)
        guard !skills.isEmpty else { return [] }
        let skillIDs = skills.map(\.id), frameworkIDs = Array(Set(skills.map(\.framework_id)))
        let defined = Dictionary(grouping: try await sql.raw("""
            SELECT skill_id AS owner, number FROM skill_levels WHERE defined = \(bind: true) AND skill_id IN (\(binds: skillIDs))
            """).all(decoding: LevelRow.self), by: \.owner)
        let scales = Dictionary(grouping: try await sql.raw("""
            SELECT framework_id AS owner, number FROM framework_levels WHERE framework_id IN (\(binds: frameworkIDs))
            """).all(decoding: LevelRow.self), by: \.owner)
        return skills.map { row in
            let framework = "\(row.framework_name) \(row.framework_version)"
            return Listed(ref: SkillRef(id: row.id, name: row.name, frameworkName: framework,
                                        scale: scales[row.framework_id, default: []].map(\.number),
                                        definedLevels: defined[row.id, default: []].map(\.number)),
                          code: row.code, frameworkID: row.framework_id, framework: framework)
        }
    }

    /// Ids per statement: far below SQLite's and PostgreSQL's limits on bound values.
    static let chunk = 1000

    /// The skills with `ids`, by id.
    static func byID(_ ids: [UUID], on db: any Database) async throws -> [UUID: SkillRef] {
        Dictionary(try await all(ids, on: db).map { ($0.ref.id, $0.ref) }, uniquingKeysWith: { a, _ in a })
    }
}
