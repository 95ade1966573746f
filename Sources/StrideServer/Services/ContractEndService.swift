import Fluent
import Foundation
import SQLKit
import StrideCore

/// A contract end or separation date set, moved or cleared on staff records, by the staff form
/// or an import: checked by `ContractEndRules` against each person's history and opened
/// cycles, and the cycle it cuts, or gives its dates back to, written with an audit event.
/// Runs in the caller's transaction, which holds the cycle opening and appraisal forms locks.
enum ContractEndService {
    static func problems(ending end: CalendarDate?, for standing: ContractHistories.Standing) -> [FieldError] {
        ContractEndRules.problems(ending: end, history: standing.history, opened: standing.opened)
    }

    /// Writes the cycle the new end retimes, if any, with its audit event; answers what
    /// happened, in words for the flash.
    static func apply(ending end: CalendarDate?, to standing: ContractHistories.Standing, policies: [ContractType: CyclePolicy],
                      in context: ServiceContext) async throws -> String? {
        let opened = standing.opened
        guard let retiming = ContractEndRules.retiming(
            ending: end, history: standing.history, opened: opened,
            endOfCycleSigned: standing.endOfCycleSigned, policies: policies)
        else { return nil }
        let cycle = standing.cycles[retiming.index], new = retiming.cycle, was = opened[retiming.index].end
        let moved = try await OpenedCycleDates.write(cycle, to: new, on: context.db)
        let what = retiming.isCut
            ? "Cut cycle \(new.label) of \(standing.name) (\(standing.staffNumber)) at the contract end, \(new.end.iso) (was to end on \(was.iso))"
            : "Extended cycle \(new.label) of \(standing.name) (\(standing.staffNumber)) to \(new.end.iso) with the contract (was cut at \(was.iso))"
        try await context.audit(.update, .appraisalCycle, id: cycle.id, what + (moved.isEmpty ? "" : "; " + moved.joined(separator: ", ")))
        return retiming.isCut
            ? "Cycle \(new.label) now ends on \(new.end.iso), its End of Cycle due by \(new.endOfCycleDue.iso)."
            : "Cycle \(new.label) runs to \(new.end.iso) again, its End of Cycle due by \(new.endOfCycleDue.iso)."
    }
}
