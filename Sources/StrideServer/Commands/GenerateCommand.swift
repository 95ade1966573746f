import Foundation
import StrideCore
import Vapor

/// `stride generate --staff N [--seed S]`: fills an empty database with a realistic
/// organisation of N people, the same for the same seed, for trying Stride at scale and for the
/// benchmark.
struct GenerateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "staff", help: "How many staff (default 1000)")
        var staff: Int?
        @Option(name: "seed", help: "The seed: the same seed makes the same organisation (default 1)")
        var seed: UInt64?
    }

    var help: String { "Fills an empty database with a generated organisation: units, staff, cycles in every phase, skills, workgroups, feedback and plans." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let staff = signature.staff ?? 1_000
        guard (2...1_000_000).contains(staff) else {
            throw StrideError.invalid([FieldError("staff", "Give between 2 and 1,000,000 staff")])
        }
        let app = context.application
        try await app.migrateSchema()
        let progress = TerminalProgress(console: context.console)
        let started = Date()
        let generator = OrganisationGenerator(staff: staff, seed: signature.seed ?? 1, in: app.serviceContext()) { step, done, total in
            progress.update(step, done: done, of: total)
        }
        try await generator.run()
        progress.finish()
        context.console.info(String(format: "Generated %d staff in %d units in %.1f s. Sign in with any of these (password: %@):",
                                    staff, generator.blueprint.units.count, Date().timeIntervalSince(started), DemoOrganisation.password))
        for login in generator.logins { context.console.print("  \(login.email)  — \(login.role)") }
    }
}
