import Fluent
import SQLKit

/// How many appraisal forms there are per unit, kind, state, overall rating and month their
/// cycle ends, kept by the database: triggers count every form written, every change of its
/// state or rating, every move of its owner between units and every change of its cycle's end,
/// in the same transaction, whichever code wrote it. The dashboards sum a few hundred tally rows
/// instead of joining every form to its cycle and owner on each request.
struct CreateFormTallies: AsyncMigration {
    /// The unit of people who have none: tally keys cannot be null, or no two would conflict.
    static let noUnit = "'00000000-0000-0000-0000-000000000000'"

    func prepare(on database: any Database) async throws {
        try await database.schema("form_tallies")
            // data fields
            .field("unit_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("state", .string, .required)
            .field("rating", .string, .required)
            .field("end_month", .string, .required)
            .field("n", .int, .required)
            // constraints
            .unique(on: "unit_id", "kind", "state", "rating", "end_month")
            .create()
        // The dashboards read the cycles ending from a month on.
        try await database.createIndex("form_tallies_end_month", on: "form_tallies", "end_month")
        let sql = try database.sql()
        let key = "(unit_id, kind, state, rating, end_month)"
        let upsert = "ON CONFLICT \(key) DO UPDATE SET n = form_tallies.n + excluded.n"
        // One form in or out of its tally row, found through its cycle and owner.
        func add(_ row: String) -> String {
            """
            INSERT INTO form_tallies (unit_id, kind, state, rating, end_month, n)
            SELECT COALESCE(s.unit_id, \(Self.noUnit)), \(row).kind, \(row).state, COALESCE(\(row).overall_rating, ''), substr(c.end_date, 1, 7), 1
            FROM appraisal_cycles c JOIN staff_members s ON s.id = c.staff_member_id WHERE c.id = \(row).cycle_id \(upsert)
            """
        }
        func remove(_ row: String) -> String {
            """
            UPDATE form_tallies SET n = n - 1 WHERE kind = \(row).kind AND state = \(row).state AND rating = COALESCE(\(row).overall_rating, '')
            AND (unit_id, end_month) IN (SELECT COALESCE(s.unit_id, \(Self.noUnit)), substr(c.end_date, 1, 7)
              FROM appraisal_cycles c JOIN staff_members s ON s.id = c.staff_member_id WHERE c.id = \(row).cycle_id)
            """
        }
        // All of one owner's (or one cycle's) forms out of their old rows and into the new.
        func moveOut(where filter: String, unit: String, month: String) -> String {
            """
            UPDATE form_tallies SET n = n - (SELECT COUNT(*) FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id
              WHERE \(filter) AND f.kind = form_tallies.kind AND f.state = form_tallies.state
              AND COALESCE(f.overall_rating, '') = form_tallies.rating AND \(month) = form_tallies.end_month)
            WHERE unit_id = \(unit)
            """
        }
        func moveIn(where filter: String, unit: String, month: String) -> String {
            """
            INSERT INTO form_tallies (unit_id, kind, state, rating, end_month, n)
            SELECT \(unit), f.kind, f.state, COALESCE(f.overall_rating, ''), \(month), COUNT(*)
            FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id WHERE \(filter)
            GROUP BY f.kind, f.state, COALESCE(f.overall_rating, ''), \(month) \(upsert)
            """
        }
        let ownerOld = "COALESCE(OLD.unit_id, \(Self.noUnit))", ownerNew = "COALESCE(NEW.unit_id, \(Self.noUnit))"
        let cycleUnit = "(SELECT COALESCE(unit_id, \(Self.noUnit)) FROM staff_members WHERE id = NEW.staff_member_id)"
        let statements: [(name: String, table: String, event: String, when: String, body: [String])] = [
            ("form_tallies_form_insert", "appraisal_forms", "INSERT", "", [add("NEW")]),
            ("form_tallies_form_update", "appraisal_forms", "UPDATE OF state, overall_rating",
             "OLD.state <> NEW.state OR COALESCE(OLD.overall_rating, '') <> COALESCE(NEW.overall_rating, '')", [remove("OLD"), add("NEW")]),
            ("form_tallies_form_delete", "appraisal_forms", "DELETE", "", [remove("OLD")]),
            ("form_tallies_staff_move", "staff_members", "UPDATE OF unit_id", "\(ownerOld) <> \(ownerNew)", [
                moveOut(where: "c.staff_member_id = NEW.id", unit: ownerOld, month: "substr(c.end_date, 1, 7)"),
                moveIn(where: "c.staff_member_id = NEW.id", unit: ownerNew, month: "substr(c.end_date, 1, 7)"),
            ]),
            ("form_tallies_cycle_end", "appraisal_cycles", "UPDATE OF end_date", "substr(OLD.end_date, 1, 7) <> substr(NEW.end_date, 1, 7)", [
                moveOut(where: "c.id = NEW.id", unit: cycleUnit, month: "substr(OLD.end_date, 1, 7)"),
                moveIn(where: "c.id = NEW.id", unit: cycleUnit, month: "substr(NEW.end_date, 1, 7)"),
            ]),
        ]
        for trigger in statements {
            if sql.dialect.name == "sqlite" {
                // SQLite reads `INSERT … SELECT … ON CONFLICT` only with a WHERE before it, which every statement has.
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: trigger.name) AFTER \(unsafeRaw: trigger.event) ON \(unsafeRaw: trigger.table)
                    \(unsafeRaw: trigger.when.isEmpty ? "" : "WHEN \(trigger.when)") BEGIN \(unsafeRaw: trigger.body.joined(separator: "; ")); END
                    """).run()
            } else {
                let guarded = trigger.when.isEmpty ? trigger.body.joined(separator: "; ")
                    : "IF \(trigger.when) THEN \(trigger.body.joined(separator: "; ")); END IF"
                try await sql.raw("""
                    CREATE FUNCTION \(unsafeRaw: trigger.name)() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN \(unsafeRaw: guarded); RETURN NULL; END $$
                    """).run()
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: trigger.name) AFTER \(unsafeRaw: trigger.event) ON \(unsafeRaw: trigger.table)
                    FOR EACH ROW EXECUTE FUNCTION \(unsafeRaw: trigger.name)()
                    """).run()
            }
        }
        try await sql.raw("""
            INSERT INTO form_tallies (unit_id, kind, state, rating, end_month, n)
            SELECT COALESCE(s.unit_id, \(unsafeRaw: Self.noUnit)), f.kind, f.state, COALESCE(f.overall_rating, ''), substr(c.end_date, 1, 7), COUNT(*)
            FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
            GROUP BY COALESCE(s.unit_id, \(unsafeRaw: Self.noUnit)), f.kind, f.state, COALESCE(f.overall_rating, ''), substr(c.end_date, 1, 7)
            """).run()
    }

    static let triggers = [("form_tallies_form_insert", "appraisal_forms"), ("form_tallies_form_update", "appraisal_forms"),
                           ("form_tallies_form_delete", "appraisal_forms"), ("form_tallies_staff_move", "staff_members"),
                           ("form_tallies_cycle_end", "appraisal_cycles")]

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        for (trigger, table) in Self.triggers {
            if sql.dialect.name == "sqlite" {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            } else {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger) ON \(unsafeRaw: table)").run()
                try await sql.raw("DROP FUNCTION IF EXISTS \(unsafeRaw: trigger)()").run()
            }
        }
        try await database.schema("form_tallies").delete()
    }
}
