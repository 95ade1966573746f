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
    /// Brings the schema up to date and says so in one line; each migration is logged at debug.
    func migrateSchema() async throws {
        // A server's SQLite: readers do not wait for the writer, and the writer does not wait
        // for them (write-ahead log; kept in the file, so once is enough).
        if try db.sql().dialect.name == "sqlite" {
            _ = try await db.sql().raw("PRAGMA journal_mode = WAL").all()
        }
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.next(),
                                migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        let pending = try await migrator.previewPrepareBatch().get()
        try await migrator.prepareBatch().get()
        logger.info(pending.isEmpty ? "Database schema is up to date."
                                    : "Database schema brought up to date: \(pending.count) migration\(pending.count == 1 ? "" : "s") applied.")
    }
}
