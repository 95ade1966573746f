import Foundation

/// Whether a person's cycle should be opened as of a date, and which one: the rule HR's bulk
/// "open cycles" applies to each person, so one person's problem never stops the others.
public enum CycleOpening {
    /// What the rule needs to know of a person.
    public struct Person: Sendable {
        public let id: UUID
        public let contract: ContractType
        public let entryOnDuty: CalendarDate
        public let isActive: Bool
        public let supervisorID: UUID?
        /// Start dates of the cycles already opened for them.
        public let openedStarts: Set<CalendarDate>

        public init(id: UUID, contract: ContractType, entryOnDuty: CalendarDate, isActive: Bool, supervisorID: UUID?,
                    openedStarts: Set<CalendarDate>) {
            self.id = id
            self.contract = contract
            self.entryOnDuty = entryOnDuty
            self.isActive = isActive
            self.supervisorID = supervisorID
            self.openedStarts = openedStarts
        }
    }

    public enum Decision: Sendable, Equatable {
        /// Open this cycle, appraised by the supervisor.
        case open(ScheduledCycle, appraiser: UUID)
        case alreadyOpen
        /// Not opened, and why, in words for HR's summary.
        case skipped(String)
    }

    public static func decide(_ person: Person, asOf date: CalendarDate, policies: [ContractType: CyclePolicy]) -> Decision {
        guard person.isActive else { return .skipped("separated") }
        guard date >= person.entryOnDuty else { return .skipped("not yet on duty on \(date.iso)") }
        let cycles = CycleSchedule.cycles([.init(person.contract, from: person.entryOnDuty)], until: date.adding(days: 1), policies: policies)
        guard let cycle = cycles.last(where: { $0.covers(date) }) else { return .skipped("no cycle covers \(date.iso)") }
        if person.openedStarts.contains(cycle.start) { return .alreadyOpen }
        guard let supervisor = person.supervisorID else { return .skipped("no supervisor is recorded to appraise them") }
        return .open(cycle, appraiser: supervisor)
    }
}
