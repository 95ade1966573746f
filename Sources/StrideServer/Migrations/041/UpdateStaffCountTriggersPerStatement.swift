import Fluent
import SQLKit

/// On PostgreSQL the staff counts (`staff_counts`, `unit_staff_counts`) are kept once per
/// statement on insert and delete, from the statement's transition table, instead of once per
/// row. Row by row, an import of 100,000 people updated the same few counter rows 100,000 times
/// in one transaction, and each update walks every earlier version of its row: each batch of
/// 1,000 took longer than the one before (60 ms to 2.5 s), most of the import's 106 s. Changes of
/// status or unit stay per row (they come one statement per person). SQLite has no statement
/// triggers, and its row updates do not slow down: nothing changes there.
struct UpdateStaffCountTriggersPerStatement: AsyncMigration {
    private static let active = "'active'"

    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        guard sql.dialect.name != "sqlite" else { return }
        for trigger in ["staff_counts_insert_delete", "unit_staff_counts_insert_delete"] {
            try await sql.raw("DROP TRIGGER \(unsafeRaw: trigger) ON staff_members").run()
        }
        try await sql.raw("""
            CREATE FUNCTION staff_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO staff_counts (status, n) SELECT status, COUNT(*) FROM added GROUP BY status
              ON CONFLICT (status) DO UPDATE SET n = staff_counts.n + EXCLUDED.n;
              INSERT INTO unit_staff_counts (unit_id, n)
              SELECT unit_id, COUNT(*) FROM added WHERE status = \(unsafeRaw: Self.active) AND unit_id IS NOT NULL GROUP BY unit_id
              ON CONFLICT (unit_id) DO UPDATE SET n = unit_staff_counts.n + EXCLUDED.n;
              RETURN NULL;
            END $$
            """).run()
        try await sql.raw("""
            CREATE FUNCTION staff_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE staff_counts c SET n = c.n - r.n FROM (SELECT status, COUNT(*) AS n FROM removed GROUP BY status) r
              WHERE c.status = r.status;
              UPDATE unit_staff_counts c SET n = c.n - r.n
              FROM (SELECT unit_id, COUNT(*) AS n FROM removed WHERE status = \(unsafeRaw: Self.active) AND unit_id IS NOT NULL GROUP BY unit_id) r
              WHERE c.unit_id = r.unit_id;
              RETURN NULL;
            END $$
            """).run()
        try await sql.raw("""
            CREATE TRIGGER staff_counts_insert AFTER INSERT ON staff_members REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION staff_counts_added()
            """).run()
        try await sql.raw("""
            CREATE TRIGGER staff_counts_delete AFTER DELETE ON staff_members REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION staff_counts_removed()
            """).run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        guard sql.dialect.name != "sqlite" else { return }
        try await sql.raw("DROP TRIGGER staff_counts_insert ON staff_members").run()
        try await sql.raw("DROP TRIGGER staff_counts_delete ON staff_members").run()
        try await sql.raw("DROP FUNCTION staff_counts_added()").run()
        try await sql.raw("DROP FUNCTION staff_counts_removed()").run()
        for (trigger, function) in [("staff_counts_insert_delete", "staff_counts_maintain"), ("unit_staff_counts_insert_delete", "unit_staff_counts_maintain")] {
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: trigger) AFTER INSERT OR DELETE ON staff_members
                FOR EACH ROW EXECUTE FUNCTION \(unsafeRaw: function)()
                """).run()
        }
    }
}
