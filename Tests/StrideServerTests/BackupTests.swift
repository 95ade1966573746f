import Fluent
import SQLKit
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct BackupTests {
        static var usesPostgres: Bool { !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty }

        /// An app on the SQLite file at `path`, configured but not yet touching it.
        static func app(on path: String) async throws -> Application {
            let app = try await Application.make(.testing)
            try await configure(app, storage: .sqliteFile(path: path), clock: FixedClock(testNow))
            return app
        }

        /// A page's main content, without the per-session form token.
        static func content(_ page: String) -> String {
            let main = page.range(of: "<main").flatMap { start in page.range(of: "</main>").map { page[start.lowerBound..<$0.upperBound] } }
            return String(main ?? Substring(page)).replacingOccurrences(of: #"name="_csrf" value="[^"]*""#, with: "", options: .regularExpression)
        }

        static let paths = ["/", "/staff", "/units", "/appraisal"]

        @Test func aRestoredDatabaseServesTheSamePages() async throws {
            guard !Self.usesPostgres else {
                try await withStrideApp { app, _ in
                    await #expect(throws: StrideError.self) { try await DatabaseBackup.backup(to: "/tmp/never.sqlite", app: app) }
                }
                return
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stride-backup-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = folder + "/stride.sqlite", copy = folder + "/backup.sqlite"

            let first = try await Self.app(on: path)
            var before: [String] = []
            do {
                try await first.migrateSchema()
                let org = try await Org.seed(first)
                let hr = try await Browser.signedIn(first, as: org.hr)
                for path in Self.paths { before.append(Self.content(try await hr.get(path).body.string)) }
                let summary = try await DatabaseBackup.backup(to: copy, app: first)
                #expect(summary.staff == 7 && summary.bytes > 0)
                // A second backup to the same file is refused rather than overwriting it.
                await #expect(throws: StrideError.self) { try await DatabaseBackup.backup(to: copy, app: first) }
                // A change after the backup, which the restore takes away.
                try await OrganisationalUnit(name: "Made after the backup", code: "LATER").create(on: first.db)
            } catch {
                try? await first.asyncShutdown()
                throw error
            }
            try await first.asyncShutdown()

            let second = try await Self.app(on: path)
            do {
                await #expect(throws: StrideError.self) { try await DatabaseBackup.restore(from: folder + "/missing.sqlite", app: second) }
                FileManager.default.createFile(atPath: folder + "/not-a-database", contents: Data("hello".utf8))
                await #expect(throws: StrideError.self) { try await DatabaseBackup.restore(from: folder + "/not-a-database", app: second) }
                let restored = try await DatabaseBackup.restore(from: copy, app: second)
                #expect(restored.staff == 7)
                try await second.migrateSchema()
                #expect(try await OrganisationalUnit.query(on: second.db).filter(\.$code == "LATER").count() == 0)
                let hr = try await Browser.signedIn(second, as: try #require(try await StaffMember.query(on: second.db).filter(\.$staffNumber == "H1").first()))
                var after: [String] = []
                for path in Self.paths { after.append(Self.content(try await hr.get(path).body.string)) }
                #expect(after == before)
                #expect(before[1].contains("Raj"))
            } catch {
                try? await second.asyncShutdown()
                throw error
            }
            try await second.asyncShutdown()
        }

        @Test func serveRefusesASchemaThatIsBehind() async throws {
            try await withStrideApp { app, _ in
                try await app.refuseSchemaBehind()
                app.migrations.add(LaterMigration())
                let status = try await app.schemaStatus()
                #expect(status.pending.count == 1 && status.pending.first?.hasSuffix("LaterMigration") == true && status.applied > 60)
                do {
                    try await app.refuseSchemaBehind()
                    Issue.record("a schema one migration behind was accepted")
                } catch let error as StrideError {
                    #expect(error.reason.contains("1 migration is waiting (") && error.reason.contains("LaterMigration)")
                            && error.reason.contains("Run `stride migrate`"))
                }
                try await app.migrateSchema()
                try await app.refuseSchemaBehind()
                // The next test's database on PostgreSQL is this one, reverted: leave no trace of a migration it does not know.
                try await app.db.sql().raw("DELETE FROM _fluent_migrations WHERE name LIKE '%LaterMigration'").run()
            }
        }

        struct LaterMigration: AsyncMigration {
            func prepare(on database: any Database) async throws {}
            func revert(on database: any Database) async throws {}
        }
    }
}
