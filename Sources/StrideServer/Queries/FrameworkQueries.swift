import Fluent
import Foundation
import SQLKit

/// Reads of stored frameworks for lists.
enum FrameworkQueries {
    /// A framework with its counts, as lists show it.
    struct Summary: Decodable, Sendable {
        let id: UUID
        let name: String
        let version: String
        let publisher: String
        let skills: Int
        let definedLevels: Int
        let indicators: Int
    }

    /// Every framework with its counts, counted by the database.
    static func summaries(on db: any Database) async throws -> [Summary] {
        try await db.sql().raw("""
            SELECT f.id, f.name, f.version, f.publisher,
              (SELECT COUNT(*) FROM skills s WHERE s.framework_id = f.id) AS skills,
              (SELECT COUNT(*) FROM skill_levels l WHERE l.framework_id = f.id AND l.defined = \(bind: true)) AS "definedLevels",
              (SELECT COUNT(*) FROM skill_level_indicators i WHERE i.framework_id = f.id) AS indicators
            FROM skills_frameworks f ORDER BY f.name_key, f.version_key
            """).all(decoding: Summary.self)
    }
}
