import Fluent
import SQLKit
import StrideCore

/// Each person's place in the supervision tree (`TreePath`), so "is this person below the
/// viewer" is answered from the person's own row and everyone below someone is a range on an
/// index, instead of a recursive walk of the tree on every page.
///
/// The paths compare byte by byte: PostgreSQL's column takes the "C" collation, which SQLite's
/// default already is, so the index range `[path, upperBound)` holds exactly the subtree.
struct UpdateStaffMembersAddSupervisionPath: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        let collation = sql.dialect.name == "sqlite" ? "" : " COLLATE \"C\""
        try await sql.raw("ALTER TABLE staff_members ADD COLUMN supervision_path TEXT\(unsafeRaw: collation) NOT NULL DEFAULT ''").run()
        try await SupervisionPaths.rebuild(on: database)
        try await database.createIndex("staff_members_supervision_path", on: "staff_members", "supervision_path")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "staff_members_supervision_path").run()
        try await database.schema("staff_members").deleteField("supervision_path").update()
    }
}
