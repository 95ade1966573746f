import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Copies of an embedded (SQLite) database, and putting one back. PostgreSQL has its own tools
/// for this (`pg_dump`, `pg_restore`; see the README), which these refuse in favour of.
enum DatabaseBackup {
    struct Summary: Sendable {
        let staff: Int
        let forms: Int
        let bytes: Int
    }

    /// Writes a consistent copy of the live database to `file` with `VACUUM INTO`: SQLite's own
    /// online copy, taken in one read transaction, so servers keep serving and writing while it
    /// runs and the copy holds every change committed before it began and none after.
    static func backup(to file: String, app: Application) async throws -> Summary {
        guard case .sqliteFile = app.strideConfig.storage else { throw refusal }
        guard !FileManager.default.fileExists(atPath: file) else {
            throw StrideError.badRequest("\(file) already exists: choose a new file, so no earlier backup is overwritten")
        }
        try await app.db.sql().raw("VACUUM INTO \(bind: file)").run()
        return try await summary(of: file, app: app)
    }

    /// Replaces the database with the backup in `file`, with every server stopped: the backup
    /// is checked first (a SQLite file, intact, written by Stride), copied beside the database,
    /// and moved over it in one step, so an interruption leaves either the old or the new.
    static func restore(from file: String, app: Application) async throws -> Summary {
        guard case .sqliteFile(let path) = app.strideConfig.storage else { throw refusal }
        let checked = try await summary(of: file, app: app)
        let staging = path + ".restoring"
        let files = FileManager.default
        try? files.removeItem(atPath: staging)
        try files.copyItem(atPath: file, toPath: staging)
        // The old database's log belongs to the old file: left beside the new one, SQLite would replay it.
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        guard rename(staging, path) == 0 else {
            throw StrideError.badRequest("could not move the backup into place at \(path): \(String(cString: strerror(errno)))")
        }
        return checked
    }

    /// Opens `file` on its own and checks it is an intact Stride database: what it holds.
    private static func summary(of file: String, app: Application) async throws -> Summary {
        guard let handle = FileHandle(forReadingAtPath: file) else { throw StrideError.badRequest("cannot read \(file): no such file, or not readable") }
        let header = handle.readData(ofLength: 16)
        try? handle.close()
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw StrideError.badRequest("\(file) is not a SQLite database") }
        let id = DatabaseID(string: "backup-\(UUID().uuidString)")
        app.databases.use(.sqlite(.file(file)), as: id, isDefault: false)
        defer { app.databases.reinitialize(id) }
        let sql = try app.db(id).sql()
        struct Check: Decodable { let integrity_check: String }
        let integrity = try await sql.raw("PRAGMA integrity_check").all(decoding: Check.self).map(\.integrity_check)
        guard integrity == ["ok"] else { throw StrideError.badRequest("\(file) is damaged: \(integrity.prefix(3).joined(separator: "; "))") }
        struct Count: Decodable { let n: Int }
        func count(_ table: String) async throws -> Int {
            try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Count.self)?.n ?? 0
        }
        guard (try? await count("_fluent_migrations")) ?? 0 > 0 else { throw StrideError.badRequest("\(file) is not a Stride database") }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int ?? 0
        return Summary(staff: try await count("staff_members"), forms: try await count("appraisal_forms"), bytes: bytes)
    }

    private static var refusal: StrideError {
        .badRequest("backup and restore are for the embedded SQLite database; for PostgreSQL use pg_dump and pg_restore (see the README)")
    }
}
