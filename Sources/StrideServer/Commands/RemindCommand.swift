import Foundation
import StrideCore
import Vapor

/// `stride remind [--dry-run]`: the reminders job once (for cron): what is due or overdue becomes
/// notifications and e-mail, each reminder once however often it runs; then the outbox is sent
/// when SMTP is set up. `--dry-run` says what it would do and writes nothing.
struct RemindCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "dry-run", help: "Print what would be notified and sent; change nothing")
        var dryRun: Bool
    }

    var help: String { "Sends the reminders due today (forms, feedback, plan reviews, skill decisions) and the e-mail outbox." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateSchema()
        let run: Reminders.Run
        do {
            run = try await Reminders(app: app).run(daily: false, dryRun: signature.dryRun)
        } catch Reminders.Refusal.leaseHeld {
            throw StrideError.conflict("Another Stride server is running the reminders now; try again in a few minutes.")
        }
        if let summary = run.summary {
            context.console.print("Due or overdue: \(summary.due) reminders; \(signature.dryRun ? "not yet sent" : "sent now"): \(summary.newCount)")
            for kind in ReminderKind.allCases where summary.new[kind, default: 0] > 0 {
                context.console.print("  \(kind.rawValue): \(summary.new[kind]!)")
            }
            context.console.print("\(signature.dryRun ? "E-mails that would be queued" : "E-mails queued"): \(summary.emails)")
            if !signature.dryRun { context.console.print("Upward feedback rounds opened: \(summary.roundsOpened), closed: \(summary.roundsClosed)") }
        }
        if let delivery = run.delivery {
            context.console.print("Outbox: \(delivery.sent) sent, \(delivery.failed) failed")
        } else if !signature.dryRun {
            context.console.print("SMTP is not set up (SMTP_HOST): e-mail waits in the outbox, where HR sees it.")
        }
    }
}
