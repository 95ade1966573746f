import Fluent
import SQLKit
import StrideCore
import Vapor

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = StrideConfig }

    public var strideConfig: StrideConfig {
        get { storage[ConfigKey.self] ?? StrideConfig(storage: .sqliteMemory, secureCookies: false) }
        set { storage[ConfigKey.self] = newValue }
    }

    private struct HeadedUnitsKey: StorageKey { typealias Value = HeadedUnitsCache }

    /// Set up by `configure`; an application without one caches nothing.
    var headedUnits: HeadedUnitsCache {
        get { storage[HeadedUnitsKey.self] ?? HeadedUnitsCache() }
        set { storage[HeadedUnitsKey.self] = newValue }
    }
}

extension Request {
    /// The client's address, for throttling: the socket's peer, or behind a trusted load
    /// balancer the last address it added to `X-Forwarded-For` (earlier ones the client can forge).
    var clientAddress: String {
        if application.strideConfig.trustForwardedFor,
           let forwarded = headers[.xForwardedFor].last?.split(separator: ",").last {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}

extension Database {
    /// The SQLKit view of a Fluent database. Both drivers Stride uses are SQL databases,
    /// so this only fails if someone configures something else.
    func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { throw StrideError.unsupportedDatabase }
        return sql
    }
}

/// A hash of a random secret, to verify against when an email has no password: a sign-in
/// attempt then takes as long whether or not the account exists. Made once, on first use (or as
/// the server starts), so commands that never sign anyone in do not pay for a bcrypt hash.
actor DecoyPasswordHash {
    private var hash: String?

    func value(using hasher: any PasswordHashing) async throws -> String {
        if let hash { return hash }
        let made = try await hasher.hash([UInt8].random(count: 16).base64)
        hash = made
        return made
    }
}

extension Application {
    private struct DecoyHashKey: StorageKey { typealias Value = DecoyPasswordHash }

    /// Set up by `configure`.
    var decoyPasswordHash: DecoyPasswordHash {
        get { storage[DecoyHashKey.self]! }
        set { storage[DecoyHashKey.self] = newValue }
    }
}

extension Application {
    /// How the database's schema stands against this build's migrations.
    struct SchemaStatus {
        /// Migrations already applied; 0 for a database Stride has never used.
        let applied: Int
        /// Names of the migrations this build has that the database has not, in order.
        let pending: [String]
    }

    func schemaStatus() async throws -> SchemaStatus {
        let migrator = schemaMigrator()
        try await migrator.setupIfNeeded().get()
        struct Count: Decodable { let n: Int }
        let applied = try await db.sql().raw("SELECT COUNT(*) AS n FROM _fluent_migrations").first(decoding: Count.self)?.n ?? 0
        return SchemaStatus(applied: applied, pending: try await migrator.previewPrepareBatch().get().map { $0.0.name })
    }

    /// `serve` on a database whose schema is behind this build stops with this, rather than
    /// migrate: with several app servers only one should, once (`stride migrate`), before they
    /// start. A new, empty database is set up by the first `serve`.
    func refuseSchemaBehind() async throws {
        let status = try await schemaStatus()
        guard status.applied > 0, !status.pending.isEmpty else { return }
        let count = status.pending.count
        throw StrideError.configuration([
            "The database schema is behind this version of Stride: \(count) migration\(count == 1 ? " is" : "s are") waiting "
                + "(\(status.pending.prefix(3).joined(separator: ", "))\(count > 3 ? ", …" : "")). "
                + "Run `stride migrate` once (with every app server stopped or still on the old version), then start the servers.",
        ])
    }

    private func schemaMigrator() -> Migrator {
        Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.next(), migrationLogLevel: .debug)
    }

    /// Brings the schema up to date and says so in one line; each migration is logged at debug.
    func migrateSchema() async throws {
        // A server's SQLite: readers do not wait for the writer, and the writer does not wait
        // for them (write-ahead log; kept in the file, so once is enough).
        if try db.sql().dialect.name == "sqlite" {
            _ = try await db.sql().raw("PRAGMA journal_mode = WAL").all()
        }
        let migrator = schemaMigrator()
        try await migrator.setupIfNeeded().get()
        let pending = try await migrator.previewPrepareBatch().get()
        try await migrator.prepareBatch().get()
        logger.info(pending.isEmpty ? "Database schema is up to date."
                                    : "Database schema brought up to date: \(pending.count) migration\(pending.count == 1 ? "" : "s") applied.")
    }
}
