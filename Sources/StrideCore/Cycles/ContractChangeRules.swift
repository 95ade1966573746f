/// When a change of contract type may be recorded, and what it does to the cycles already
/// opened: the running one closes at the change; none may have been opened from it on.
public enum ContractChangeRules {
    /// A change as typed into the form, kept as text so it can be shown again.
    public struct Input: Sendable, Equatable, Codable {
        public var contractType: String?
        public var effectiveOn: String?

        public init(contractType: String? = nil, effectiveOn: String? = nil) {
            self.contractType = contractType
            self.effectiveOn = effectiveOn
        }
    }

    /// The change, or every problem with it by field (`contractType`, `effectiveOn`).
    /// - Parameter opened: the person's cycles as they were opened.
    public static func validate(_ input: Input, history: ContractHistory, opened: [ScheduledCycle]) -> Validated<ContractHistory.Change> {
        var check = FieldChecker()
        let type: ContractType? = check.choice("contractType", input.contractType, missing: "Select the new contract type")
        let date = check.date("effectiveOn", input.effectiveOn, name: "The date the change takes effect",
                              missing: "Enter the date the new contract type takes effect")
        guard let type, let date else { return .invalid(check.errors) }
        let change = ContractHistory.Change(to: type, on: date)
        for problem in problems(with: change, history: history, opened: opened) { check.add(problem.field, problem.message) }
        return check.result(change)
    }

    /// What stands in the way of `change`, by field.
    public static func problems(with change: ContractHistory.Change, history: ContractHistory,
                                opened: [ScheduledCycle]) -> [FieldError] {
        let date = change.effectiveOn
        if date <= history.entryOnDuty {
            return [FieldError("effectiveOn", "The change must take effect after entry on duty (\(history.entryOnDuty.iso))")]
        }
        if let last = history.changes.last, date <= last.effectiveOn {
            return [FieldError("effectiveOn",
                               "The change must take effect after the last one recorded (\(last.type.displayName.lowercased()) from \(last.effectiveOn.iso))")]
        }
        if let end = history.contractEnd, date >= end {
            return [FieldError("effectiveOn", "The change must take effect before the contract ends (\(end.iso))")]
        }
        if let later = opened.filter({ $0.start >= date }).max(by: { $0.start < $1.start }) {
            return [FieldError("effectiveOn",
                               "Cycle \(later.label) is already open from \(later.start.iso): the change must take effect after that")]
        }
        let held = history.type(on: date)
        if held == change.type {
            return [FieldError("contractType", "The contract is already \(held.displayName.lowercased()) on \(date.iso)")]
        }
        return []
    }

    /// The opened cycle the change closes, with its dates after the cut, if one runs across it.
    /// - Parameter policies: the policy per contract type, for the End of Cycle's window from the cut.
    public static func cut(_ opened: [ScheduledCycle], at date: CalendarDate,
                           policies: [ContractType: CyclePolicy]) -> (index: Int, cycle: ScheduledCycle)? {
        guard let index = opened.firstIndex(where: { $0.start < date && date < $0.end }) else { return nil }
        return (index, opened[index].cut(at: date, policy: policies[opened[index].contractType] ?? .standard))
    }
}

extension ScheduledCycle {
    /// The running cycle closed early at `date`. The discussions held before it keep their
    /// dates; a Mid-term Review that would have fallen on or after it moves to the shortened
    /// cycle's midpoint; a probationary report or colleague designation after it is not held.
    /// The End of Cycle is held from `date`, due within the policy's window.
    public func cut(at date: CalendarDate, policy: CyclePolicy) -> ScheduledCycle {
        let midterm = midtermReview < date ? midtermReview : start.adding(days: start.days(until: date) / 2)
        return ScheduledCycle(
            label: label, contractType: contractType, start: start, end: date,
            beginningOfCycleDue: min(beginningOfCycleDue, date), midtermReview: midterm,
            midtermReviewDue: midterm == midtermReview ? midtermReviewDue : midterm.adding(months: policy.midtermWindowMonths),
            endOfCycleDue: date.adding(months: policy.endWindowMonths),
            probationReport: probationReport.flatMap { $0 < date ? $0 : nil },
            colleagueDesignation: colleagueDesignation.flatMap { $0 < date ? $0 : nil },
            isCut: true)
    }
}

extension ContractChangeRules {
    /// A change withdrawn (one recorded by mistake): the history without it, and the cycle it cut
    /// given its dates back.
    public struct Withdrawal: Sendable, Equatable {
        public let change: ContractHistory.Change
        public let history: ContractHistory
        public let restored: CycleRetiming?
    }

    /// Why a change cannot be withdrawn, in words for HR.
    public struct WithdrawalRefused: Error, Sendable, Equatable {
        public let reason: String

        public init(reason: String) { self.reason = reason }
    }

    /// Withdrawing `change`: only the last one recorded, and only while no cycle has been opened
    /// from it on (that cycle's forms would be timed by a contract that never was).
    /// - Parameter endOfCycleSigned: whether the End of Cycle of `opened[index]` has been signed;
    ///   a cycle assessed at the cut keeps it.
    public static func withdrawal(of change: ContractHistory.Change, history: ContractHistory, opened: [ScheduledCycle],
                                  endOfCycleSigned: (Int) -> Bool,
                                  policies: [ContractType: CyclePolicy]) -> Result<Withdrawal, WithdrawalRefused> {
        guard let last = history.changes.last, last == change else {
            let reason = history.changes.last.map {
                "Only the last change recorded can be withdrawn: \($0.type.displayName.lowercased()) from \($0.effectiveOn.iso)"
            } ?? "No change of contract type is recorded"
            return .failure(WithdrawalRefused(reason: reason))
        }
        if let from = opened.filter({ $0.start >= change.effectiveOn }).min(by: { $0.start < $1.start }) {
            return .failure(WithdrawalRefused(
                reason: "Cycle \(from.label) has been opened from \(from.start.iso) under the change, so it can no longer be withdrawn"))
        }
        let without = ContractHistory(entryOnDuty: history.entryOnDuty, initialType: history.initialType,
                                      changes: Array(history.changes.dropLast()), contractEnd: history.contractEnd)
        let restored = CycleRetiming.restoring(cutAt: change.effectiveOn, opened: opened, under: without,
                                               endOfCycleSigned: endOfCycleSigned, policies: policies)
        return .success(Withdrawal(change: change, history: without, restored: restored))
    }
}
