import Fluent
import Foundation
import SQLKit
import StrideCore

/// A contract end or separation date set, moved or cleared on staff records, by the staff form
/// or an import: checked by `ContractEndRules` against each person's history and opened
/// cycles, and the cycle it cuts, or gives its dates back to, written with an audit event.
/// Runs in the caller's transaction, which holds the cycle opening and appraisal forms locks.
enum ContractEndService {
    /// What the rules need of one person, as stored before the edit.
    struct Standing: Sendable {
        let name: String
        let staffNumber: String
        /// With the end as stored.
        let history: ContractHistory
        /// Their opened cycles, by start.
        let cycles: [AppraisalCycle]
        /// The cycles whose End of Cycle both have signed (or the Board has since returned):
        /// assessed at their end, which an extension therefore leaves.
        let assessed: Set<UUID>

        var opened: [ScheduledCycle] { cycles.map(\.scheduled) }
    }

    /// People per statement, well within both databases' bound values.
    static let batch = 500

    /// The standings of these people (as stored, by id), in three statements per batch.
    static func standings(of people: [UUID: StaffDetails], on db: any Database) async throws -> [UUID: Standing] {
        var standings: [UUID: Standing] = [:]
        let ids = people.keys.sorted()
        for start in stride(from: 0, to: ids.count, by: batch) {
            let chunk = Array(ids[start..<min(start + batch, ids.count)])
            let changes = Dictionary(grouping: try await ContractHistories.rows(of: chunk, on: db), by: \.staff_member_id)
            let cycles = try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id ~~ chunk).sort(\.$startDate).all()
            let cycleIDs = cycles.compactMap(\.id)
            let assessed = cycleIDs.isEmpty ? [] : Set(try await AppraisalForm.query(on: db)
                .filter(\.$cycle.$id ~~ cycleIDs).filter(\.$kind == .end).all()
                .filter { $0.state.isSigned || $0.state == .returned }.map { $0.$cycle.id })
            let cyclesByPerson = Dictionary(grouping: cycles, by: { $0.$staffMember.id })
            for id in chunk {
                let details = people[id]!
                standings[id] = Standing(name: details.name, staffNumber: details.staffNumber,
                                         history: ContractHistories.history(of: details, changes: changes[id] ?? []),
                                         cycles: cyclesByPerson[id] ?? [], assessed: assessed)
            }
        }
        return standings
    }

    static func problems(ending end: CalendarDate?, for standing: Standing) -> [FieldError] {
        ContractEndRules.problems(ending: end, history: standing.history, opened: standing.opened)
    }

    /// Writes the cycle the new end retimes, if any, with its audit event; answers what
    /// happened, in words for the flash.
    static func apply(ending end: CalendarDate?, to standing: Standing, policies: [ContractType: CyclePolicy],
                      in context: ServiceContext) async throws -> String? {
        let opened = standing.opened
        guard let retiming = ContractEndRules.retiming(
            ending: end, history: standing.history, opened: opened,
            endOfCycleSigned: { standing.cycles[$0].id.map(standing.assessed.contains) ?? false }, policies: policies)
        else { return nil }
        let cycle = standing.cycles[retiming.index], new = retiming.cycle, was = opened[retiming.index].end
        let moved = try await CycleRetiming.write(cycle, to: new, on: context.db)
        let what = retiming.isCut
            ? "Cut cycle \(new.label) of \(standing.name) (\(standing.staffNumber)) at the contract end, \(new.end.iso) (was to end on \(was.iso))"
            : "Extended cycle \(new.label) of \(standing.name) (\(standing.staffNumber)) to \(new.end.iso) with the contract (was cut at \(was.iso))"
        try await context.audit(.update, .appraisalCycle, id: cycle.id, what + (moved.isEmpty ? "" : "; " + moved.joined(separator: ", ")))
        return retiming.isCut
            ? "Cycle \(new.label) now ends on \(new.end.iso), its End of Cycle due by \(new.endOfCycleDue.iso)."
            : "Cycle \(new.label) runs to \(new.end.iso) again, its End of Cycle due by \(new.endOfCycleDue.iso)."
    }
}
