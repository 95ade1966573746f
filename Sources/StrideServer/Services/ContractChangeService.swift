import Fluent
import Foundation
import StrideCore

/// Records a change of contract type: checked by `ContractChangeRules` against the person's
/// history and opened cycles, written with the cut of the running cycle and audit events in
/// one transaction, under the opening lock so no cycle opens across the change meanwhile.
enum ContractChangeService {
    struct Recorded: Sendable {
        let staffName: String
        let change: ContractHistory.Change
        let previousType: ContractType
        /// The running cycle the change closed, with its new dates.
        let closed: ScheduledCycle?

        /// What happened, in words for the flash and the API.
        var summary: String {
            var text = "\(staffName)'s contract changes from \(previousType.displayName.lowercased()) to "
                + "\(change.type.displayName.lowercased()) on \(change.effectiveOn.iso)."
            if let closed {
                text += " Cycle \(closed.label) now ends on \(closed.end.iso), its End of Cycle due by \(closed.endOfCycleDue.iso);"
                    + " the new schedule starts from the change."
            }
            return text
        }
    }

    static func record(_ input: ContractChangeRules.Input, for staffID: UUID,
                       in context: ServiceContext) async throws -> Result<Recorded, FieldErrors> {
        let policies = try await CyclePolicyService.all(on: context.db)
        return try await context.exclusiveTransaction(lock: .cycleOpening) { context in
            // A signature opening the next form meanwhile would give it the cycle's dates before the cut.
            try await context.alsoLock(.appraisalForms)
            let db = context.db
            guard let staff = try await StaffMember.find(staffID, on: db) else { throw StrideError.notFound("The staff member") }
            let (history, cycles) = try await ContractHistories.standing(of: staff, on: db)
            let opened = cycles.map(\.scheduled)
            let change: ContractHistory.Change
            switch ContractChangeRules.validate(input, history: history, opened: opened) {
            case .invalid(let errors): return .failure(FieldErrors(errors))
            case .valid(let valid): change = valid
            }
            let previous = history.type(on: change.effectiveOn)
            let row = ContractChange()
            row.id = context.newID()
            row.recordedAt = context.now
            row.recordedBy = context.actor
            row.effectiveOn = change.effectiveOn
            row.previousType = previous
            row.contractType = change.type
            row.$staffMember.id = staffID
            try await row.create(on: db)
            staff.contractType = history.adding(change).currentType
            staff.recordVersion += 1
            try await staff.save(on: db)
            try await context.audit(.create, .contractChange, id: row.id,
                                    "Contract of \(staff.name) (\(staff.staffNumber)) changes from \(previous.displayName.lowercased()) "
                                        + "to \(change.type.displayName.lowercased()) on \(change.effectiveOn.iso)")
            var closed: ScheduledCycle?
            if let cut = ContractChangeRules.cut(opened, at: change.effectiveOn, policies: policies) {
                let cycle = cycles[cut.index]
                let moved = try await OpenedCycleDates.write(cycle, to: cut.cycle, on: db)
                closed = cut.cycle
                try await context.audit(.update, .appraisalCycle, id: cycle.id,
                                        "Closed cycle \(cut.cycle.label) of \(staff.name) on \(change.effectiveOn.iso), "
                                            + "at the change of contract type (was to end on \(opened[cut.index].end.iso))"
                                            + (moved.isEmpty ? "" : "; " + moved.joined(separator: ", ")))
            }
            return .success(Recorded(staffName: staff.name, change: change, previousType: previous, closed: closed))
        }
    }

    /// A change withdrawn, and the cycle it had closed given its dates back.
    struct Withdrawn: Sendable {
        let staffName: String
        let withdrawal: ContractChangeRules.Withdrawal

        var summary: String {
            let change = withdrawal.change
            var text = "The change to \(change.type.displayName.lowercased()) on \(change.effectiveOn.iso) is withdrawn: "
                + "\(staffName)'s contract is \(withdrawal.history.currentType.displayName.lowercased()) again."
            if let restored = withdrawal.restored?.cycle {
                text += " Cycle \(restored.label) runs to \(restored.end.iso) again, its End of Cycle due by \(restored.endOfCycleDue.iso)."
            }
            return text
        }
    }

    /// Withdraws the change taking effect on `effectiveOn` (the last one recorded), under the
    /// same locks as recording one.
    static func withdraw(changeOn effectiveOn: CalendarDate, for staffID: UUID,
                         in context: ServiceContext) async throws -> Result<Withdrawn, ContractChangeRules.WithdrawalRefused> {
        let policies = try await CyclePolicyService.all(on: context.db)
        return try await context.exclusiveTransaction(lock: .cycleOpening) { context in
            try await context.alsoLock(.appraisalForms)
            let db = context.db
            guard let staff = try await StaffMember.find(staffID, on: db) else { throw StrideError.notFound("The staff member") }
            guard let row = try await ContractChange.query(on: db).filter(\.$staffMember.$id == staffID)
                .filter(\.$effectiveOn == effectiveOn).first() else { throw StrideError.notFound("The change of contract type") }
            let standing = try await ContractHistories.standings(of: [staffID: staff.details], on: db)[staffID]!
            let withdrawal: ContractChangeRules.Withdrawal
            switch ContractChangeRules.withdrawal(of: .init(to: row.contractType, on: row.effectiveOn), history: standing.history,
                                                  opened: standing.opened, endOfCycleSigned: standing.endOfCycleSigned,
                                                  policies: policies) {
            case .failure(let refused): return .failure(refused)
            case .success(let valid): withdrawal = valid
            }
            try await row.delete(on: db)
            staff.contractType = withdrawal.history.currentType
            staff.recordVersion += 1
            try await staff.save(on: db)
            try await context.audit(.withdraw, .contractChange, id: row.id,
                                    "Withdrew the change of contract of \(staff.name) (\(staff.staffNumber)) from "
                                        + "\(row.previousType.displayName.lowercased()) to \(row.contractType.displayName.lowercased()) "
                                        + "on \(row.effectiveOn.iso)")
            if let restored = withdrawal.restored {
                let cycle = standing.cycles[restored.index]
                let moved = try await OpenedCycleDates.write(cycle, to: restored.cycle, on: db)
                try await context.audit(.update, .appraisalCycle, id: cycle.id,
                                        "Gave cycle \(restored.cycle.label) of \(staff.name) its dates back to \(restored.cycle.end.iso) "
                                            + "(it was closed on \(row.effectiveOn.iso) by the change withdrawn)"
                                            + (moved.isEmpty ? "" : "; " + moved.joined(separator: ", ")))
            }
            return .success(Withdrawn(staffName: staff.name, withdrawal: withdrawal))
        }
    }
}

