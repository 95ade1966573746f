import Fluent
import SQLKit

/// Each form's due date as a column of its own, kept when the form opens and when its cycle is
/// cut, so the overdue list and the queues filter and order by an index instead of working out
/// every form's date from its cycle.
struct UpdateAppraisalFormsAddDueOn: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("appraisal_forms").field("due_on", .string).update()
        // Forms already open take their phase's date from the cycle, as `ScheduledCycle.due(for:)` gives it.
        try await database.sql().raw("""
            UPDATE appraisal_forms SET due_on = (
              SELECT CASE appraisal_forms.kind WHEN 'beginning' THEN c.beginning_due WHEN 'midterm' THEN c.midterm_due
                WHEN 'end' THEN c.end_due ELSE COALESCE(c.probation_report_date, c.end_date) END
              FROM appraisal_cycles c WHERE c.id = appraisal_forms.cycle_id)
            """).run()
        // In the overdue list's order (due date, then id), with the state to test on the way: the
        // list reads forms in that order and stops after a page.
        try await database.createIndex("appraisal_forms_due_on_id_state", on: "appraisal_forms", "due_on", "id", "state")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "appraisal_forms_due_on_id_state").run()
        try await database.schema("appraisal_forms").deleteField("due_on").update()
    }
}
