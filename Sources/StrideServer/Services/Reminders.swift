import Fluent
import Foundation
import StrideCore
import Vapor

/// Runs the reminders job and the outbox under the job's lease, for `stride remind` (cron) and
/// for `serve`, which looks every few minutes: the job once a day, the outbox each time (so a
/// failed e-mail is tried again when its back-off has passed). Only the holder of the lease
/// does either, so with several app servers exactly one runs them.
struct Reminders: Sendable {
    let app: Application
    let lease: JobLease

    init(app: Application, holder: String = UUID().uuidString) {
        self.app = app
        lease = JobLease(name: "reminders", holder: holder)
    }

    struct Run: Sendable {
        let summary: ReminderJob.Summary?
        let delivery: OutboxDelivery.Outcome?
    }

    enum Refusal: Error { case leaseHeld }

    /// The job now (when `daily` is false or it has not run today) and the outbox (when SMTP is
    /// set up); refused while another process holds the lease.
    func run(daily: Bool, dryRun: Bool = false) async throws -> Run {
        let context = app.serviceContext()
        guard try await lease.take(on: app.db, now: context.now) else { throw Refusal.leaseHeld }
        var ranToday = false
        do {
            let today = context.clock.today()
            var summary: ReminderJob.Summary?
            let lastRun = try await lease.state(on: app.db)?.last_run_on
            if !daily || lastRun.map({ $0 < today }) ?? true {
                summary = try await ReminderJob.run(dryRun: dryRun, in: context)
                ranToday = !dryRun
            }
            var delivery: OutboxDelivery.Outcome?
            if !dryRun, let settings = app.strideConfig.mail {
                let client = SMTPClient(settings: settings, group: app.eventLoopGroup)
                delivery = try await OutboxDelivery.deliver(with: client, publicURL: app.strideConfig.publicURL, in: context)
            }
            try await lease.release(on: app.db, ranOn: ranToday ? today : nil)
            return Run(summary: summary, delivery: delivery)
        } catch {
            try? await lease.release(on: app.db, ranOn: nil)
            throw error
        }
    }

    /// Looks every `interval` until the app stops; a failure is logged and tried again next time.
    func schedule(every interval: Duration) {
        app.backgroundWork.run(UUID()) {
            while !Task.isCancelled {
                do {
                    let run = try await self.run(daily: true)
                    if let summary = run.summary {
                        app.logger.info("Reminders: \(summary.newCount) new of \(summary.due) due; \(summary.emails) e-mails queued")
                    }
                    if let delivery = run.delivery, delivery.sent + delivery.failed > 0 {
                        app.logger.info("Outbox: \(delivery.sent) sent, \(delivery.failed) failed")
                    }
                } catch Refusal.leaseHeld {
                    // Another app server is running them.
                } catch {
                    app.logger.error("Reminders failed, to be tried again: \(error)")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
