import Fluent
import SQLKit
import StrideCore

/// People by employment status, read from the counts the database keeps (migration 008).
enum StaffCountsQuery {
    private struct Row: Decodable { let status: String; let n: Int }

    static func byStatus(on db: any Database) async throws -> [EmploymentStatus: Int] {
        let rows = try await db.sql().raw("SELECT status, n FROM staff_counts").all(decoding: Row.self)
        return Dictionary(rows.compactMap { row in EmploymentStatus(rawValue: row.status).map { ($0, row.n) } }, uniquingKeysWith: +)
    }

    /// Everyone active, or everyone at all.
    static func total(activeOnly: Bool, on db: any Database) async throws -> Int {
        let counts = try await byStatus(on: db)
        return activeOnly ? counts[.active] ?? 0 : counts.values.reduce(0, +)
    }
}
