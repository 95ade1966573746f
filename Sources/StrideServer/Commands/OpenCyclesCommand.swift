import Foundation
import StrideCore
import Vapor

/// `stride open-cycles [--as-of YYYY-MM-DD]`: opens every cycle due as of the date (today by
/// default) and prints what was opened and what was skipped, and why.
struct OpenCyclesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as-of", help: "The date to open cycles as of, YYYY-MM-DD (default: today, UTC)")
        var asOf: String?
    }

    var help: String { "Opens the appraisal cycles due as of a date for everyone, with each Beginning of Cycle form as a draft." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let date = try CommandDate.parse(signature.asOf, option: "as-of") ?? app.dependencies.clock.today()
        try await app.migrateSchema()
        let started = Date()
        let console = context.console
        let summary = try await CycleOpener.openCycles(asOf: date, in: app.serviceContext()) { done, total, _ in
            // A line for each batch that passes a tenth of the way, and at the end.
            if done == total || done % max(total / 10, 1) < CycleOpener.batchSize {
                console.print("Opening… \(done) of \(total) people decided")
            }
        }
        for line in OpenCyclesSummary(summary, asOf: date).lines { context.console.print(line) }
        context.console.print(String(format: "Time: %.1f s", Date().timeIntervalSince(started)))
    }
}
