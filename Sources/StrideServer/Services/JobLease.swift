import Fluent
import Foundation
import SQLKit
import StrideCore

/// A scheduled job's lease: with several app servers on one database, the one that takes it runs
/// the job and the others do not; a holder that crashes loses it when it expires. A row per job
/// works the same on SQLite and PostgreSQL.
struct JobLease: Sendable {
    let name: String
    /// This process's name for itself.
    let holder: String
    var duration: TimeInterval = 15 * 60

    /// Takes the lease if nobody holds it (or its holder's time ran out); whether this holder has it.
    func take(on db: any Database, now: Date) async throws -> Bool {
        let sql = try db.sql()
        try await sql.insert(into: "job_leases").columns("name").values(SQLBind(name)).ignoringConflicts(with: "name").run()
        try await sql.raw("""
            UPDATE job_leases SET holder = \(bind: holder), lease_until = \(bind: now.addingTimeInterval(duration))
            WHERE name = \(bind: name) AND (holder IS NULL OR lease_until IS NULL OR lease_until < \(bind: now) OR holder = \(bind: holder))
            """).run()
        return try await state(on: db)?.holder == holder
    }

    /// Gives the lease back, noting the day the job last ran when it did.
    func release(on db: any Database, ranOn day: CalendarDate?) async throws {
        if let day {
            try await db.sql().raw("UPDATE job_leases SET holder = NULL, lease_until = NULL, last_run_on = \(bind: day) WHERE name = \(bind: name) AND holder = \(bind: holder)").run()
        } else {
            try await db.sql().raw("UPDATE job_leases SET holder = NULL, lease_until = NULL WHERE name = \(bind: name) AND holder = \(bind: holder)").run()
        }
    }

    struct State: Decodable { let holder: String?; let last_run_on: CalendarDate? }

    func state(on db: any Database) async throws -> State? {
        try await db.sql().raw("SELECT holder, last_run_on FROM job_leases WHERE name = \(bind: name)").first(decoding: State.self)
    }
}
