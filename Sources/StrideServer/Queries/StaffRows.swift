import Fluent
import Foundation
import SQLKit
import StrideCore

/// People as pages show them, read with SQLKit as light rows with their unit's name joined:
/// no Fluent model per person and no query per relation. Home, profiles, the directory and
/// unit pages each read what they list in one statement.
enum StaffRows {
    /// A person whole, with their unit's name: for the one a page is about.
    struct Listed: Sendable {
        let record: StaffRecord
        let path: TreePath
        let unitName: String?
        /// The job role the person holds, if any.
        let roleID: UUID?
    }

    /// A person as a list shows them: only the columns a row needs, since decoding is most of
    /// the cost of a page of fifty.
    struct Person: Decodable, Sendable {
        let id: UUID
        let name: String
        let job_title: String
        let status: EmploymentStatus
        let unit_name: String?
    }

    static let personColumns: SQLQueryString = "s.id, s.name, s.job_title, s.status, u.name AS unit_name"

    /// The select list for `StoredStaff` plus `unit_name`, over `staff_members s LEFT JOIN organisational_units u`.
    static let columns: SQLQueryString = """
        s.id, s.staff_number, s.name, s.email, s.grade, s.job_title, s.entry_on_duty, s.contract_type, s.status,
        s.contract_end, s.unit_id, s.supervisor_id, s.role_profile_id, s.supervision_path, s.record_version, u.name AS unit_name
        """

    static let source: SQLQueryString = "staff_members s LEFT JOIN organisational_units u ON u.id = s.unit_id"

    private struct UnitName: Decodable { let unit_name: String? }

    static func decode(_ rows: [any SQLRow]) throws -> [Listed] {
        try rows.map { row in
            let stored = try row.decode(model: StoredStaff.self)
            let record = StaffRecord(id: stored.id, details: stored.details, unitID: stored.unit_id, supervisorID: stored.supervisor_id)
            return Listed(record: record, path: TreePath(stored: stored.supervision_path) ?? TreePath(stored.id),
                          unitName: try row.decode(model: UnitName.self).unit_name, roleID: stored.role_profile_id)
        }
    }

    /// A person and their supervisor (if any), in one query.
    static func personAndSupervisor(_ id: UUID, on db: any Database) async throws -> (person: Listed, supervisor: Listed?)? {
        let rows = try decode(try await db.sql().raw("""
            SELECT \(columns) FROM \(source)
            WHERE s.id = \(bind: id) OR s.id = (SELECT supervisor_id FROM staff_members WHERE id = \(bind: id))
            """).all())
        guard let person = rows.first(where: { $0.record.id == id }) else { return nil }
        return (person, rows.first { $0.record.id == person.record.supervisorID })
    }

    /// Active staff in id order after `cursor`: one more than `limit`, to tell whether a page follows.
    static func activePage(after cursor: UUID?, limit: Int, on db: any Database) async throws -> [Listed] {
        let after: SQLQueryString = cursor.map { "AND s.id > \(bind: $0)" } ?? ""
        return try decode(try await db.sql().raw("""
            SELECT \(columns) FROM \(source) WHERE s.status = \(bind: EmploymentStatus.active.rawValue) \(after)
            ORDER BY s.id LIMIT \(bind: limit + 1)
            """).all())
    }

    /// A person's active direct reports, by name.
    static func directReports(of id: UUID, on db: any Database) async throws -> [Person] {
        try await people(where: "s.supervisor_id = \(bind: id) AND s.status = \(bind: EmploymentStatus.active.rawValue)", on: db)
    }

    /// A page of everyone (or everyone active), by name, from the index of (name, id, status).
    static func page(activeOnly: Bool, offset: Int, limit: Int, on db: any Database) async throws -> [Person] {
        let filter: SQLQueryString = activeOnly ? "s.status = \(bind: EmploymentStatus.active.rawValue)" : "1 = 1"
        return try await people(where: filter, page: (offset, limit), on: db)
    }

    /// A page of a unit's active members, by name.
    static func unitPage(_ unitID: UUID, offset: Int, limit: Int, on db: any Database) async throws -> [Person] {
        try await people(where: "s.unit_id = \(bind: unitID) AND s.status = \(bind: EmploymentStatus.active.rawValue)",
                         page: (offset, limit), on: db)
    }

    /// Every active member of a unit, by name.
    static func unitMembers(_ unitID: UUID, on db: any Database) async throws -> [Person] {
        try await people(where: "s.unit_id = \(bind: unitID) AND s.status = \(bind: EmploymentStatus.active.rawValue)", on: db)
    }

    /// People matching `filter`, by name (then id, so pages never overlap), optionally one page of them.
    private static func people(where filter: SQLQueryString, page: (offset: Int, limit: Int)? = nil,
                               on db: any Database) async throws -> [Person] {
        let range: SQLQueryString = page.map { "LIMIT \(bind: $0.limit) OFFSET \(bind: $0.offset)" } ?? ""
        return try await db.sql().raw("SELECT \(personColumns) FROM \(source) WHERE \(filter) ORDER BY s.name, s.id \(range)")
            .all(decoding: Person.self)
    }

    /// The people with these ids, in the order given (ids not found are left out).
    static func withIDs(_ ids: [UUID], on db: any Database) async throws -> [Person] {
        guard !ids.isEmpty else { return [] }
        let rows = try await db.sql().raw("SELECT \(personColumns) FROM \(source) WHERE s.id IN (\(binds: ids))")
            .all(decoding: Person.self)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }
}
