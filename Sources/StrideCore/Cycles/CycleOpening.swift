import Foundation

/// Whether a person's cycle should be opened as of a date, and which one: the rule HR's bulk
/// "open cycles" applies to each person, so one person's problem never stops the others.
public enum CycleOpening {
    /// What the rule needs to know of a person.
    public struct Person: Sendable {
        public let id: UUID
        public let contract: ContractHistory
        public let isActive: Bool
        public let supervisorID: UUID?
        /// The cycles already opened for them, `[start, end)` as opened (or since cut).
        public let opened: [Range<CalendarDate>]

        public init(id: UUID, contract: ContractHistory, isActive: Bool, supervisorID: UUID?, opened: [Range<CalendarDate>]) {
            self.id = id
            self.contract = contract
            self.isActive = isActive
            self.supervisorID = supervisorID
            self.opened = opened
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
        guard date >= person.contract.entryOnDuty else { return .skipped("not yet on duty on \(date.iso)") }
        // An opened cycle stands for whatever the rules give now: a policy edit never moves a
        // running cycle, so its dates, not today's schedule, say whether the date is covered.
        if person.opened.contains(where: { $0.contains(date) }) { return .alreadyOpen }
        if let end = person.contract.contractEnd, date >= end { return .skipped("the contract ends on \(end.iso)") }
        let cycles = person.contract.cycles(until: date.adding(days: 1), policies: policies)
        guard var cycle = cycles.last(where: { $0.covers(date) }) else { return .skipped("no cycle covers \(date.iso)") }
        if let closed = person.opened.first(where: { $0.lowerBound == cycle.start }) {
            // Opened, then closed before the date (at a contract end since extended, its End of
            // Cycle signed at the cut; or a policy edit has since lengthened it): the rest of
            // the scheduled cycle opens as one of its own.
            cycle = cycle.remainder(from: closed.upperBound, policy: policies[cycle.contractType] ?? .standard)
        }
        guard let supervisor = person.supervisorID else { return .skipped("no supervisor is recorded to appraise them") }
        return .open(cycle, appraiser: supervisor)
    }
}
