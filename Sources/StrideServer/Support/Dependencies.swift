import Fluent
import Foundation
import NIOPosix
import SQLKit
import StrideCore
import Vapor

/// Password hashing. bcrypt is slow on purpose, so it runs off the event loop.
public protocol PasswordHashing: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, against hash: String) async throws -> Bool
}

struct BcryptPasswords: PasswordHashing {
    /// The work factor is what makes stolen hashes slow to crack.
    let cost: Int
    let threadPool: NIOThreadPool

    func hash(_ password: String) async throws -> String {
        try await threadPool.runIfActive { [cost] in try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await threadPool.runIfActive { (try? Bcrypt.verify(password, created: hash)) ?? false }
    }
}

/// Everything Stride takes from outside besides the database, injected in one place: the
/// clock, new ids and password hashing (and later the mailer). Tests replace any of them
/// through `configure`.
struct StrideDependencies: Sendable {
    var clock: any WallClock
    var ids: any IDGenerator
    var passwords: any PasswordHashing
}

/// What a write needs: the database, the dependencies, and who is acting (nil for the system:
/// a command-line import or the demo).
struct ServiceContext: Sendable {
    let db: any Database
    let dependencies: StrideDependencies
    let actor: UUID?
    /// Whether `db` is already inside a transaction (which work then joins).
    var inTransaction = false

    var clock: any WallClock { dependencies.clock }
    var now: Date { dependencies.clock.now() }
    var passwords: any PasswordHashing { dependencies.passwords }

    func newID() -> UUID { dependencies.ids.next() }

    /// The same context acting as someone else, such as each party of a demo form in turn.
    func acting(as actor: UUID) -> ServiceContext {
        ServiceContext(db: db, dependencies: dependencies, actor: actor, inTransaction: inTransaction)
    }

    /// The same context with the clock stopped at `date`, such as the demo's history written in the past.
    func at(_ date: Date) -> ServiceContext {
        var dependencies = dependencies
        dependencies.clock = FixedClock(date)
        return ServiceContext(db: db, dependencies: dependencies, actor: actor, inTransaction: inTransaction)
    }

    /// The same context on another connection, such as the one a transaction runs on.
    func on(_ db: any Database, inTransaction: Bool) -> ServiceContext {
        ServiceContext(db: db, dependencies: dependencies, actor: actor, inTransaction: inTransaction)
    }

    /// Runs `work` in one transaction, handing it this context bound to the transaction; inside
    /// one already, it simply joins it.
    func transaction<T: Sendable>(_ work: @Sendable @escaping (ServiceContext) async throws -> T) async throws -> T {
        try await exclusiveTransaction(lock: nil, work)
    }

    /// A transaction in which rules that span rows (no supervision loops, unique codes, the
    /// version a form was made from) are checked and written with no other writer in between.
    ///
    /// SQLite allows one writer at a time: the transaction takes that lock with its first
    /// statement (`BEGIN IMMEDIATE`), waiting for it rather than failing halfway. PostgreSQL
    /// writes concurrently, so there the rule's own advisory lock (`lock`) is taken instead.
    func exclusiveTransaction<T: Sendable>(
        lock: WriteLock?, _ work: @Sendable @escaping (ServiceContext) async throws -> T
    ) async throws -> T {
        let context = self
        if inTransaction {
            if let lock { try await alsoLock(lock) }
            return try await work(self)
        }
        guard try db.sql().dialect.name == "sqlite" else {
            return try await db.transaction { db in
                try await lock?.take(on: db)
                return try await work(context.on(db, inTransaction: true))
            }
        }
        return try await db.withConnection { connection in
            let sql = try connection.sql()
            // Wait (sleeping) for the write lock instead of failing or spinning on it; with the
            // write-ahead log, NORMAL syncing is safe and much faster. Both last for the connection.
            try await sql.raw("PRAGMA busy_timeout = 10000").run()
            try await sql.raw("PRAGMA synchronous = NORMAL").run()
            try await sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await work(context.on(connection, inTransaction: true))
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Takes a second rule's lock inside this context's transaction, for a write that must not
    /// interleave with two kinds of writer (PostgreSQL; SQLite has one writer at a time). Locks
    /// are always taken in the order organisation tree, cycle opening, appraisal forms, so two
    /// writers never wait on each other.
    func alsoLock(_ lock: WriteLock) async throws {
        precondition(inTransaction, "a lock is held to the end of a transaction")
        if try db.sql().dialect.name != "sqlite" { try await lock.take(on: db) }
    }

    /// Runs bulk writes on one connection. On SQLite, for their duration: a page cache large
    /// enough to hold the indexes they write (64 MiB rather than 2), statement journals in memory
    /// rather than in temporary files, and the write-ahead log checkpointed every 40 MiB rather
    /// than every 4, so a page written by one batch and again by the next reaches the database
    /// file once. All three are put back afterwards, since the connection returns to the pool.
    func bulk<T: Sendable>(_ work: @Sendable @escaping (ServiceContext) async throws -> T) async throws -> T {
        let context = self
        return try await db.withConnection { connection in
            let sql = try connection.sql()
            guard sql.dialect.name == "sqlite" else { return try await work(context.on(connection, inTransaction: context.inTransaction)) }
            func set(_ settings: [String]) async throws {
                for setting in settings { try await sql.raw(SQLQueryString("PRAGMA \(unsafeRaw: setting)")).run() }
            }
            let restore = ["cache_size = -2000", "temp_store = DEFAULT", "wal_autocheckpoint = 1000"]
            try await set(["cache_size = -65536", "temp_store = MEMORY", "wal_autocheckpoint = 10000"])
            do {
                let result = try await work(context.on(connection, inTransaction: context.inTransaction))
                try await set(restore)
                return result
            } catch {
                try? await set(restore)
                throw error
            }
        }
    }

    /// Audit rows per INSERT (7 values a row), within both databases' bound values.
    static let auditBatch = 2_000

    /// Records one audit event per changed record, as this context's actor, in multi-row
    /// statements: a bulk change (an import, a role given by job title) writes its trail in a
    /// few statements rather than one per person.
    func audit(_ action: AuditAction, _ kind: AuditRecordKind, _ events: [(id: UUID, summary: String)]) async throws {
        let sql = try db.sql()
        for start in stride(from: 0, to: events.count, by: Self.auditBatch) {
            var insert = sql.insert(into: AuditEvent.schema)
                .columns("id", "occurred_at", "actor_id", "action", "entity", "entity_id", "summary")
            for event in events[start..<min(start + Self.auditBatch, events.count)] {
                insert = insert.values([newID(), now, actor, action, kind, event.id, event.summary] as [any Encodable & Sendable])
            }
            try await insert.run()
        }
    }

    /// Records an audit event as this context's actor, on this context's database (inside
    /// the transaction of the change it describes).
    func audit(_ action: AuditAction, _ kind: AuditRecordKind, id: UUID?, _ summary: String) async throws {
        try await AuditEvent(id: newID(), occurredAt: now, actorID: actor, action: action, kind: kind, entityID: id,
                             summary: summary).create(on: db)
    }
}

/// A named lock that writes obeying one rule across rows take, so two such writes never
/// interleave (PostgreSQL advisory transaction locks; SQLite needs none, having one writer).
struct WriteLock: Sendable {
    let key: Int64

    /// Supervision and the unit tree: the writes that could close a loop between them.
    static let organisationTree = WriteLock(key: 0x5354_5249_4445_0001)

    /// Opening cycles: two openings at once must not both open the same person's cycle.
    static let cycleOpening = WriteLock(key: 0x5354_5249_4445_0002)

    /// Appraisal form writes: a transition and a save of the same form must not both pass their
    /// checks on what they read (a send-back racing a signature).
    static let appraisalForms = WriteLock(key: 0x5354_5249_4445_0003)

    /// Frameworks written in the editor: one name and version is one framework.
    static let frameworks = WriteLock(key: 0x5354_5249_4445_0004)

    /// Feedback: an upward feedback response and its round's close, two openings for one chief,
    /// a colleague's feedback and a new designation, never interleave (no response lands after
    /// a report is compiled; no designation drops a colleague who is answering).
    static let feedback = WriteLock(key: 0x5354_5249_4445_0005)

    func take(on db: any Database) async throws {
        try await db.sql().raw("SELECT pg_advisory_xact_lock(\(bind: key))").run()
    }
}

extension Application {
    private struct DependenciesKey: StorageKey { typealias Value = StrideDependencies }

    var dependencies: StrideDependencies {
        get {
            storage[DependenciesKey.self] ?? StrideDependencies(
                clock: SystemClock(), ids: RandomIDs(), passwords: BcryptPasswords(cost: 12, threadPool: threadPool))
        }
        set { storage[DependenciesKey.self] = newValue }
    }

    /// The clock every rule asks for "now".
    var clock: any WallClock { dependencies.clock }

    /// A context for the system acting on its own (commands, the demo), or for `actor`.
    func serviceContext(actor: UUID? = nil) -> ServiceContext {
        ServiceContext(db: db, dependencies: dependencies, actor: actor)
    }
}

extension Request {
    var clock: any WallClock { application.clock }

    /// A context acting as the signed-in person.
    var services: ServiceContext {
        ServiceContext(db: db, dependencies: application.dependencies, actor: signedInUser?.staffID)
    }
}

