import Fluent
import Foundation
import StrideCore
import Vapor

/// HR's opening of cycles for everyone, run in the background: the page answers at once, and
/// the run's progress and summary are kept in `cycle_opening_runs`, so whichever app server
/// serves the run's page shows where it stands. One run goes at a time.
enum CycleOpeningRuns {
    /// A run that has not moved for this long without finishing was interrupted (its server
    /// stopped); a batch takes well under a second.
    static let stallLimit: TimeInterval = 120

    enum Started: Sendable {
        case started(UUID)
        /// Another run is still going; HR is shown that one instead.
        case alreadyRunning(UUID)
    }

    /// Records the run and starts it on `background` (a context of the application's own, not
    /// of the request, which ends first).
    static func start(asOf date: CalendarDate, in context: ServiceContext, background: ServiceContext,
                      work: BackgroundWork, logger: Logger) async throws -> Started {
        let now = context.now
        let (id, isNew) = try await context.exclusiveTransaction(lock: .cycleOpening) { context -> (UUID, Bool) in
            if let running = try await running(on: context.db, now: now) { return (try running.requireID(), false) }
            let run = CycleOpeningRun()
            run.id = context.newID()
            run.startedAt = now
            run.startedBy = context.actor
            run.progressedAt = now
            run.asOf = date
            (run.done, run.total, run.opened, run.alreadyOpen, run.skipped) = (0, 0, 0, 0, "[]")
            // Each cycle it opens is audited; the run itself records who started it.
            try await run.create(on: context.db)
            return (try run.requireID(), true)
        }
        guard isNew else { return .alreadyRunning(id) }
        let runner = ServiceContext(db: background.db, dependencies: background.dependencies, actor: context.actor)
        work.run(id) { await execute(id, asOf: date, in: runner, logger: logger) }
        return .started(id)
    }

    /// The run going on now, if one is: not finished, and moved within the stall limit.
    static func running(on db: any Database, now: Date) async throws -> CycleOpeningRun? {
        try await CycleOpeningRun.query(on: db).filter(\.$finishedAt == nil)
            .filter(\.$progressedAt > now.addingTimeInterval(-stallLimit)).sort(\.$startedAt, .descending).first()
    }

    private static func execute(_ id: UUID, asOf date: CalendarDate, in context: ServiceContext, logger: Logger) async {
        do {
            let summary = try await CycleOpener.openCycles(asOf: date, in: context) { done, total, context in
                try await CycleOpeningRun.query(on: context.db).filter(\.$id == id)
                    .set(\.$done, to: done).set(\.$total, to: total).set(\.$progressedAt, to: context.now).update()
            }
            let skipped = summary.skipped.map { CycleOpeningRun.Skip(name: $0.name, staffNumber: $0.staffNumber, reason: $0.reason) }
            let json = String(decoding: try JSONEncoder.stride.encode(skipped), as: UTF8.self)
            try await CycleOpeningRun.query(on: context.db).filter(\.$id == id)
                .set(\.$opened, to: summary.opened).set(\.$alreadyOpen, to: summary.alreadyOpen).set(\.$skipped, to: json)
                .set(\.$progressedAt, to: context.now).set(\.$finishedAt, to: context.now).update()
        } catch {
            let stopped = error is CancellationError
            if !stopped { logger.report(error: error) }
            let failure = stopped ? "The server stopped during the run." : "The run failed; the details are in the server's log."
            try? await CycleOpeningRun.query(on: context.db).filter(\.$id == id)
                .set(\.$failure, to: failure).set(\.$finishedAt, to: context.now).update()
        }
    }
}
