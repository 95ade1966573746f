import Fluent
import SQLKit

/// The API's form lists page in id order within a state (the Reports Board's queue: every form
/// sent to it). With `(state, id)` a page is a range read that stops after its rows, not a sort
/// of the whole state; at 100,000 staff the queue holds thousands.
struct CreateAppraisalFormsStateIDIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("appraisal_forms_state_id", on: "appraisal_forms", "state", "id")
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "appraisal_forms_state_id").run()
    }
}
