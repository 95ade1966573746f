import Fluent
import SQLKit

/// How many people there are of each employment status, kept by the database itself: triggers
/// on `staff_members` count every insert, delete and change of status in the same transaction,
/// whichever code wrote it. The directory's total and the accounts page read one row instead
/// of counting a whole organisation on every request.
struct CreateStaffCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        try await sql.raw("CREATE TABLE staff_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL)").run()
        let add = "INSERT INTO staff_counts (status, n) VALUES (NEW.status, 1) ON CONFLICT (status) DO UPDATE SET n = staff_counts.n + 1"
        let remove = "UPDATE staff_counts SET n = n - 1 WHERE status = OLD.status"
        if sql.dialect.name == "sqlite" {
            try await sql.raw("CREATE TRIGGER staff_counts_insert AFTER INSERT ON staff_members BEGIN \(unsafeRaw: add); END").run()
            try await sql.raw("CREATE TRIGGER staff_counts_delete AFTER DELETE ON staff_members BEGIN \(unsafeRaw: remove); END").run()
            try await sql.raw("""
                CREATE TRIGGER staff_counts_update AFTER UPDATE OF status ON staff_members WHEN OLD.status <> NEW.status
                BEGIN \(unsafeRaw: remove); \(unsafeRaw: add); END
                """).run()
        } else {
            try await sql.raw("""
                CREATE FUNCTION staff_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP IN ('UPDATE', 'DELETE') THEN \(unsafeRaw: remove); END IF;
                  IF TG_OP IN ('UPDATE', 'INSERT') THEN \(unsafeRaw: add); END IF;
                  RETURN NULL;
                END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER staff_counts_insert_delete AFTER INSERT OR DELETE ON staff_members
                FOR EACH ROW EXECUTE FUNCTION staff_counts_maintain()
                """).run()
            try await sql.raw("""
                CREATE TRIGGER staff_counts_update AFTER UPDATE OF status ON staff_members
                FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION staff_counts_maintain()
                """).run()
        }
        try await sql.raw("INSERT INTO staff_counts (status, n) SELECT status, COUNT(*) FROM staff_members GROUP BY status").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        if sql.dialect.name == "sqlite" {
            for trigger in ["staff_counts_insert", "staff_counts_delete", "staff_counts_update"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            }
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS staff_counts_insert_delete ON staff_members").run()
            try await sql.raw("DROP TRIGGER IF EXISTS staff_counts_update ON staff_members").run()
            try await sql.raw("DROP FUNCTION IF EXISTS staff_counts_maintain()").run()
        }
        try await sql.raw("DROP TABLE staff_counts").run()
    }
}
