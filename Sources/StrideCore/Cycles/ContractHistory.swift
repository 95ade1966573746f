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

    public init(entryOnDuty: CalendarDate, initialType: ContractType, changes: [Change] = []) {
        self.entryOnDuty = entryOnDuty
        self.initialType = initialType
        self.changes = changes.sorted { $0.effectiveOn < $1.effectiveOn }
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

    /// Every cycle the rules give that starts before `until`.
    public func cycles(until: CalendarDate, contractEnd: CalendarDate? = nil,
                       policies: [ContractType: CyclePolicy] = [:]) -> [ScheduledCycle] {
        CycleSchedule.cycles(periods, until: until, contractEnd: contractEnd, policies: policies)
    }

    /// The history with one more change, kept in date order.
    public func adding(_ change: Change) -> ContractHistory {
        ContractHistory(entryOnDuty: entryOnDuty, initialType: initialType, changes: changes + [change])
    }
}
