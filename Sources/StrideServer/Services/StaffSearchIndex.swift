import Fluent
import Foundation
import SQLKit
import StrideCore

/// Keeps the directory's search terms (`staff_search_terms`) in step with the staff records
/// and answers searches from them. Whatever writes a person's name, job title, email or staff
/// ID calls `write` in the same transaction.
enum StaffSearchIndex {
    /// A person's facts as the index needs them.
    struct Entry: Sendable {
        let id: UUID
        let name: String
        let jobTitle: String
        let email: String
        let staffNumber: String
    }

    /// Term rows per INSERT (3 values a row), within both databases' limits on bound values.
    static let batchSize = 2_000

    /// Replaces the terms of these people.
    static func write(_ entries: [Entry], on db: any Database) async throws {
        guard !entries.isEmpty else { return }
        let sql = try db.sql()
        for start in stride(from: 0, to: entries.count, by: 1_000) {
            let ids = entries[start..<min(start + 1_000, entries.count)].map(\.id)
            try await sql.delete(from: "staff_search_terms").where("staff_id", .in, ids).run()
        }
        try await insert(entries, on: db)
    }

    /// Adds the terms of people who have none yet (new records).
    static func insert(_ entries: [Entry], on db: any Database) async throws {
        let sql = try db.sql()
        var rows: [[any Encodable & Sendable]] = []
        func flush() async throws {
            guard !rows.isEmpty else { return }
            let insert = sql.insert(into: "staff_search_terms").columns("staff_id", "term", "contact")
            try await rows.reduce(insert) { $0.values($1) }.run()
            rows.removeAll(keepingCapacity: true)
        }
        for entry in entries {
            for term in SearchTerms.terms(of: entry.name + " " + entry.jobTitle) { rows.append([entry.id, term, false]) }
            var contact = SearchTerms.terms(ofEmail: entry.email)
            for term in SearchTerms.terms(of: entry.staffNumber) + [String(entry.staffNumber.lowercased().prefix(SearchTerms.maxTermLength))]
            where !contact.contains(term) { contact.append(term) }
            for term in contact { rows.append([entry.id, term, true]) }
            if rows.count >= batchSize { try await flush() }
        }
        try await flush()
    }

    /// Builds every person's terms afresh (when the index is first made).
    static func rebuild(on db: any Database) async throws {
        struct Row: Decodable { let id: UUID; let name: String; let job_title: String; let email: String; let staff_number: String }
        let rows = try await db.sql().raw("SELECT id, name, job_title, email, staff_number FROM staff_members").all(decoding: Row.self)
        try await db.sql().delete(from: "staff_search_terms").run()
        try await insert(rows.map { Entry(id: $0.id, name: $0.name, jobTitle: $0.job_title, email: $0.email, staffNumber: $0.staff_number) },
                         on: db)
    }

    /// A page of the people matching every word of `query`, by name, and how many match.
    /// - Parameters:
    ///   - contactDetails: whether email and staff ID words count (HR), or only name and job title.
    ///   - activeOnly: whether separated staff are left out.
    static func search(
        _ query: String, contactDetails: Bool, activeOnly: Bool, requested: String?, pageSize: Int, on db: any Database
    ) async throws -> (total: Int, page: Int, ids: [UUID]) {
        let words = SearchTerms.queryWords(query)
        guard !words.isEmpty else { return (0, 1, []) }
        let sql = try db.sql()
        // The rarest word leads (its matches are looked up by id); the others are checked per
        // match. A bounded probe of each word's range finds the rarest without counting all.
        var probes: [(word: String, count: Int)] = []
        for word in words {
            struct Probe: Decodable { let n: Int }
            let probe = try await sql.raw("""
                SELECT COUNT(*) AS n FROM (SELECT 1 FROM staff_search_terms WHERE \(match(word, contactDetails: contactDetails, alias: nil)) LIMIT 5001) p
                """).first(decoding: Probe.self)
            probes.append((word, probe?.n ?? 0))
        }
        let ordered = probes.sorted { $0.count < $1.count }.map(\.word)
        var condition: SQLQueryString = """
            s.id IN (SELECT t.staff_id FROM staff_search_terms t WHERE \(match(ordered[0], contactDetails: contactDetails, alias: "t")))
            """
        for word in ordered.dropFirst() {
            condition += " AND EXISTS (SELECT 1 FROM staff_search_terms t WHERE t.staff_id = s.id AND \(match(word, contactDetails: contactDetails, alias: "t")))"
        }
        if activeOnly { condition += " AND s.status = \(bind: EmploymentStatus.active.rawValue)" }
        struct Count: Decodable { let n: Int }
        struct ID: Decodable { let id: UUID }
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM staff_members s WHERE \(condition)").first(decoding: Count.self)?.n ?? 0
        let page = Pagination.clamp(requested, pageSize: pageSize, total: total)
        let ids = try await sql.raw("""
            SELECT s.id FROM staff_members s WHERE \(condition)
            ORDER BY s.name, s.id LIMIT \(bind: pageSize) OFFSET \(bind: (page - 1) * pageSize)
            """).all(decoding: ID.self).map(\.id)
        return (total, page, ids)
    }

    private static func match(_ word: String, contactDetails: Bool, alias: String?) -> SQLQueryString {
        let column = alias.map { "\($0).term" } ?? "term"
        let contact = alias.map { "\($0).contact" } ?? "contact"
        var condition: SQLQueryString = "\(unsafeRaw: column) >= \(bind: word) AND \(unsafeRaw: column) < \(bind: SearchTerms.upperBound(of: word))"
        if !contactDetails { condition += " AND \(unsafeRaw: contact) = \(bind: false)" }
        return condition
    }
}

extension StaffMember {
    /// This record as the search index reads it.
    var searchEntry: StaffSearchIndex.Entry {
        StaffSearchIndex.Entry(id: id!, name: name, jobTitle: jobTitle, email: email, staffNumber: staffNumber)
    }
}
