import Fluent

/// HR's openings of cycles for everyone, each a run in the background whose progress and
/// summary any app server can show: the page that started it may be served by another.
struct CreateCycleOpeningRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("cycle_opening_runs")
            // managed fields
            .id()
            .field("started_at", .datetime, .required)
            .field("started_by", .uuid)
            .field("progressed_at", .datetime, .required)
            .field("finished_at", .datetime)
            // data fields
            .field("as_of", .string, .required)
            .field("done", .int, .required)
            .field("total", .int, .required)
            .field("opened", .int, .required)
            .field("already_open", .int, .required)
            .field("skipped", .string, .required)
            .field("failure", .string)
            .create()
        // The latest runs first, on the opening page; the one still running among them.
        try await database.createIndex("cycle_opening_runs_started_at", on: "cycle_opening_runs", "started_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("cycle_opening_runs").delete()
    }
}
