import Fluent
import SQLKit
import StrideCore

/// Writes an opened cycle's new dates (a cut at a change of contract type or a contract end,
/// or the dates an extension gives back) and moves the due dates of its forms still open; a
/// signed form is left exactly as signed. The caller holds the appraisal forms lock, so no
/// signature opens the next form with the old dates meanwhile.
enum OpenedCycleDates {
    /// Answers what moved, in words for the audit event ("the End of Cycle now due 2026-10-30").
    static func write(_ cycle: AppraisalCycle, to scheduled: ScheduledCycle, on db: any Database) async throws -> [String] {
        cycle.apply(scheduled)
        try await cycle.save(on: db)
        var moved: [String] = []
        for form in try await AppraisalForm.query(on: db).filter(\.$cycle.$id == cycle.requireID()).all()
        where !form.state.isSigned && form.dueOn != scheduled.due(for: form.kind) {
            let due = scheduled.due(for: form.kind)
            try await db.sql().update(AppraisalForm.schema).set("due_on", to: due.iso).where("id", .equal, form.requireID()).run()
            moved.append("the \(form.kind.displayName) now due \(due.iso)")
        }
        return moved
    }
}
