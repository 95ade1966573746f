import Fluent

/// Which app server runs a scheduled job now, and the last day it ran: with several servers on
/// one database, exactly one holds a job's lease at a time, and a crashed holder's lease expires.
struct CreateJobLeases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("job_leases")
            .field("name", .string, .identifier(auto: false))
            .field("holder", .string)
            .field("lease_until", .datetime)
            .field("last_run_on", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("job_leases").delete()
    }
}
