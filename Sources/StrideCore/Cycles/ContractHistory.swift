/// A person's contract as the schedule rules read it: the type held from entry on duty, and
/// each later change of type from the day it took effect (`CYCLES.md`, "Contract end,
/// separation, changes").
public struct ContractHistory: Sendable, Equatable {
    /// A change of contract type (probation confirmed, moved to technical cooperation funding).
    public struct Change: Sendable, Equatable {
        public let type: ContractType
        public let effectiveOn: CalendarDate

        public init(to type: ContractType, on effectiveOn: CalendarDate) {
            self.type = type
            self.effectiveOn = effectiveOn
        }
    }

    public let entryOnDuty: CalendarDate
    /// The type held from entry on duty.
    public let initialType: ContractType
    /// Later changes, by date.
    public let changes: [Change]
    /// The contract end or separation date, where known: cycles are cut there and none starts on or after it.
    public let contractEnd: CalendarDate?

    public init(entryOnDuty: CalendarDate, initialType: ContractType, changes: [Change] = [], contractEnd: CalendarDate? = nil) {
        self.entryOnDuty = entryOnDuty
        self.initialType = initialType
        self.changes = changes.sorted { $0.effectiveOn < $1.effectiveOn }
        self.contractEnd = contractEnd
    }

    /// The type held now, counting every change recorded, even one that takes effect later.
    public var currentType: ContractType { changes.last?.type ?? initialType }

    /// The type held on `date`.
    public func type(on date: CalendarDate) -> ContractType {
        changes.last { $0.effectiveOn <= date }?.type ?? initialType
    }

    /// The stretches of service under one type each, as the schedule takes them: each change
    /// closes the running cycle and anchors the new type's schedule at its date.
    public var periods: [CycleSchedule.ContractPeriod] {
        [.init(initialType, from: entryOnDuty)] + changes.map { .init($0.type, from: $0.effectiveOn) }
    }

    /// Every cycle the rules give that starts before `until`, cut at the contract end.
    public func cycles(until: CalendarDate, policies: [ContractType: CyclePolicy] = [:]) -> [ScheduledCycle] {
        CycleSchedule.cycles(periods, until: until, contractEnd: contractEnd, policies: policies)
    }

    /// The history with one more change, kept in date order.
    public func adding(_ change: Change) -> ContractHistory {
        ContractHistory(entryOnDuty: entryOnDuty, initialType: initialType, changes: changes + [change], contractEnd: contractEnd)
    }

    /// The history with the contract ending on `end` instead (nil: no end known).
    public func ending(on end: CalendarDate?) -> ContractHistory {
        ContractHistory(entryOnDuty: entryOnDuty, initialType: initialType, changes: changes, contractEnd: end)
    }
}
