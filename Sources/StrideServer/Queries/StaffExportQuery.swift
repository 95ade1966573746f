import Fluent
import Foundation
import SQLKit
import StrideCore

/// Every staff record in the import's columns, a batch at a time in id order, so the export of
/// 100,000 people streams in constant memory and imports again as it stands.
enum StaffExportQuery {
    struct Row: Decodable {
        let id: UUID
        let staff_number: String
        let name: String
        let email: String
        let grade: String
        let job_title: String
        let entry_on_duty: String
        let contract_type: String
        let status: String
        let contract_end: String?
        let unit: String?
        let supervisor: String?
        let role: String?

        /// The row's cells, in `StaffImport`'s column order.
        var cells: [String] {
            [staff_number, name, email, grade, job_title, entry_on_duty, contract_type, unit ?? "", supervisor ?? "", status,
             contract_end ?? "", role ?? ""]
        }
    }

    static let columns = StaffImport.requiredColumns + StaffImport.optionalColumns
    /// Rows per query while streaming.
    static let batchSize = 1_000

    static func batch(after id: UUID?, limit: Int, on db: any Database) async throws -> [Row] {
        let after: SQLQueryString = id.map { "WHERE s.id > \(bind: $0)" } ?? ""
        return try await db.sql().raw("""
            SELECT s.id, s.staff_number, s.name, s.email, s.grade, s.job_title, s.entry_on_duty, s.contract_type, s.status, s.contract_end,
                   u.code AS unit, b.staff_number AS supervisor, r.name AS role
            FROM staff_members s
            LEFT JOIN organisational_units u ON u.id = s.unit_id
            LEFT JOIN staff_members b ON b.id = s.supervisor_id
            LEFT JOIN role_profiles r ON r.id = s.role_profile_id
            \(after) ORDER BY s.id LIMIT \(literal: limit)
            """).all(decoding: Row.self)
    }
}

/// The export as chunks of CSV: the header, then a chunk per batch of rows.
struct StaffExportChunks: AsyncSequence, Sendable {
    typealias Element = ArraySlice<UInt8>
    let db: any Database

    struct AsyncIterator: AsyncIteratorProtocol {
        let db: any Database
        var started = false
        var last: UUID?
        var done = false

        mutating func next() async throws -> ArraySlice<UInt8>? {
            guard started else {
                started = true
                return ArraySlice(CSV.row(StaffExportQuery.columns).utf8)
            }
            guard !done else { return nil }
            let rows = try await StaffExportQuery.batch(after: last, limit: StaffExportQuery.batchSize, on: db)
            done = rows.count < StaffExportQuery.batchSize
            last = rows.last?.id
            guard !rows.isEmpty else { return nil }
            var text = ""
            for row in rows { text += CSV.row(row.cells) }
            return ArraySlice(text.utf8)
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(db: db) }
}
