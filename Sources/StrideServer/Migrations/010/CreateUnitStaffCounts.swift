import Fluent
import SQLKit

/// How many active people each unit has, kept by the database: triggers on `staff_members`
/// count every insert, delete, change of status and move between units in the same
/// transaction, whichever code wrote it. The unit tree and unit pages read a row per unit
/// instead of counting the whole organisation on every request.
struct CreateUnitStaffCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_staff_counts")
            // data fields
            .field("unit_id", .uuid, .required)
            .field("n", .int, .required)
            // constraints
            .unique(on: "unit_id")
            .create()
        let sql = try database.sql()
        let active = "'active'"
        let add = "INSERT INTO unit_staff_counts (unit_id, n) VALUES (NEW.unit_id, 1) ON CONFLICT (unit_id) DO UPDATE SET n = unit_staff_counts.n + 1"
        let remove = "UPDATE unit_staff_counts SET n = n - 1 WHERE unit_id = OLD.unit_id"
        let oldCounted = "OLD.status = \(active) AND OLD.unit_id IS NOT NULL"
        let newCounted = "NEW.status = \(active) AND NEW.unit_id IS NOT NULL"
        if sql.dialect.name == "sqlite" {
            try await sql.raw("CREATE TRIGGER unit_staff_counts_insert AFTER INSERT ON staff_members WHEN \(unsafeRaw: newCounted) BEGIN \(unsafeRaw: add); END").run()
            try await sql.raw("CREATE TRIGGER unit_staff_counts_delete AFTER DELETE ON staff_members WHEN \(unsafeRaw: oldCounted) BEGIN \(unsafeRaw: remove); END").run()
            // A move or a change of status: out of the old unit's count, into the new one's.
            let changed = "OLD.unit_id IS NOT NEW.unit_id OR OLD.status <> NEW.status"
            try await sql.raw("""
                CREATE TRIGGER unit_staff_counts_update_old AFTER UPDATE OF status, unit_id ON staff_members
                WHEN (\(unsafeRaw: changed)) AND \(unsafeRaw: oldCounted) BEGIN \(unsafeRaw: remove); END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER unit_staff_counts_update_new AFTER UPDATE OF status, unit_id ON staff_members
                WHEN (\(unsafeRaw: changed)) AND \(unsafeRaw: newCounted) BEGIN \(unsafeRaw: add); END
                """).run()
        } else {
            try await sql.raw("""
                CREATE FUNCTION unit_staff_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP IN ('UPDATE', 'DELETE') AND \(unsafeRaw: oldCounted) THEN \(unsafeRaw: remove); END IF;
                  IF TG_OP IN ('UPDATE', 'INSERT') AND \(unsafeRaw: newCounted) THEN \(unsafeRaw: add); END IF;
                  RETURN NULL;
                END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER unit_staff_counts_insert_delete AFTER INSERT OR DELETE ON staff_members
                FOR EACH ROW EXECUTE FUNCTION unit_staff_counts_maintain()
                """).run()
            try await sql.raw("""
                CREATE TRIGGER unit_staff_counts_update AFTER UPDATE OF status, unit_id ON staff_members
                FOR EACH ROW WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.status IS DISTINCT FROM NEW.status)
                EXECUTE FUNCTION unit_staff_counts_maintain()
                """).run()
        }
        try await sql.raw("""
            INSERT INTO unit_staff_counts (unit_id, n)
            SELECT unit_id, COUNT(*) FROM staff_members WHERE status = \(unsafeRaw: active) AND unit_id IS NOT NULL GROUP BY unit_id
            """).run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        if sql.dialect.name == "sqlite" {
            for trigger in ["unit_staff_counts_insert", "unit_staff_counts_delete", "unit_staff_counts_update_old", "unit_staff_counts_update_new"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            }
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS unit_staff_counts_insert_delete ON staff_members").run()
            try await sql.raw("DROP TRIGGER IF EXISTS unit_staff_counts_update ON staff_members").run()
            try await sql.raw("DROP FUNCTION IF EXISTS unit_staff_counts_maintain()").run()
        }
        try await database.schema("unit_staff_counts").delete()
    }
}
