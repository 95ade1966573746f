import Foundation
import Vapor

/// `stride backup FILE`: a consistent copy of the embedded database while Stride runs.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The new file to write the copy to")
        var file: String
    }

    var help: String { "Copies the embedded SQLite database to a new file while Stride keeps running (PostgreSQL: use pg_dump)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let started = Date()
        let summary = try await DatabaseBackup.backup(to: signature.file, app: context.application)
        context.console.print(String(format: "Backed up %d staff and %d forms to %@ (%.1f MB) in %.1f s.", summary.staff, summary.forms,
                                     signature.file, Double(summary.bytes) / 1_000_000, Date().timeIntervalSince(started)))
    }
}

/// `stride restore FILE`: puts a backup in place of the embedded database, servers stopped.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A file `stride backup` wrote")
        var file: String
    }

    var help: String { "Replaces the embedded SQLite database with a backup; stop every server first (PostgreSQL: use pg_restore)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let summary = try await DatabaseBackup.restore(from: signature.file, app: context.application)
        context.console.print("Restored \(summary.staff) staff and \(summary.forms) forms from \(signature.file). "
                              + "If the backup is from an older version of Stride, run `stride migrate` before starting the servers.")
    }
}
