import Fluent
import SQLKit

/// Rows for one table, written many to a statement: how a generated organisation of 100,000
/// people is written in seconds rather than minutes.
struct BatchInsert {
    typealias Value = any Encodable & Sendable
    /// Bound values per statement, within SQLite's 32,766 and PostgreSQL's 65,535.
    static let valuesPerStatement = 30_000

    let table: String
    let columns: [String]
    private var rows: [[Value]] = []

    init(_ table: String, _ columns: [String]) {
        self.table = table
        self.columns = columns
    }

    /// Whether another row would take the statement past its bound values.
    var isFull: Bool { (rows.count + 1) * columns.count > Self.valuesPerStatement }

    mutating func add(_ row: [Value], on db: any Database) async throws {
        append(row)
        if isFull { try await flush(on: db) }
    }

    mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }

    mutating func flush(on db: any Database) async throws {
        guard !rows.isEmpty else { return }
        var insert = try db.sql().insert(into: table).columns(columns)
        for row in rows { insert = insert.values(row) }
        try await insert.run()
        rows.removeAll(keepingCapacity: true)
    }
}

/// Batches for tables whose rows refer to each other, flushed together, parents first, so a
/// foreign key never points at a row still waiting in another batch.
struct BatchInserts {
    private var batches: [BatchInsert]

    /// The tables in the order their rows may be written: each after those it refers to.
    init(_ tables: [BatchInsert]) {
        batches = tables
    }

    mutating func add(_ row: [BatchInsert.Value], to table: String, on db: any Database) async throws {
        guard let index = batches.firstIndex(where: { $0.table == table }) else { preconditionFailure("No batch for \(table)") }
        batches[index].append(row)
        if batches[index].isFull { try await flush(on: db) }
    }

    mutating func flush(on db: any Database) async throws {
        for index in batches.indices { try await batches[index].flush(on: db) }
    }
}
