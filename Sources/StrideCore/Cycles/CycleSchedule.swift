/// The appraisal cycles a person's contract gives them (`CYCLES.md`, from the ILO PMF note §9
/// and Q&A 4–5): pure date rules, no clock, no zone.
public enum CycleSchedule {
    /// A stretch of service under one contract type, from its start (entry on duty, or the
    /// date the contract type changed) until the next stretch begins.
    public struct ContractPeriod: Sendable, Equatable {
        public let type: ContractType
        public let start: CalendarDate

        public init(_ type: ContractType, from start: CalendarDate) {
            self.type = type
            self.start = start
        }
    }

    /// Every cycle that starts before `until`, in order.
    /// - Parameters:
    ///   - periods: the contract types held, by start date; each closes the one before.
    ///   - contractEnd: the contract end or separation date; no cycle runs past it or starts on it.
    ///   - policies: the policy per contract type (the standard one where none is given).
    public static func cycles(
        _ periods: [ContractPeriod], until: CalendarDate, contractEnd: CalendarDate? = nil,
        policies: [ContractType: CyclePolicy] = [:]
    ) -> [ScheduledCycle] {
        let ordered = periods.sorted { $0.start < $1.start }
        var cycles: [ScheduledCycle] = []
        for (index, period) in ordered.enumerated() {
            let next = index + 1 < ordered.count ? ordered[index + 1].start : nil
            let cut = [next, contractEnd].compactMap { $0 }.min()
            let stop = [cut, until].compactMap { $0 }.min()!
            for cycle in schedule(period, policies: policies) {
                // A cycle that no longer advances is the calendar's end (dates clamp at 9999).
                if cycle.start >= stop || cycle.end <= cycle.start { break }
                if let cut, cycle.end > cut {
                    cycles.append(cycle.cut(at: cut))
                    break
                }
                cycles.append(cycle.build())
            }
        }
        return cycles
    }

    /// More cycles than any career holds; dates clamp at year 9999, so this bounds the walk.
    public static let maxCycles = 1_000

    /// One contract type's cycles anchored at the period's start, endlessly (the caller stops).
    static func schedule(_ period: ContractPeriod, policies: [ContractType: CyclePolicy]) -> some Sequence<Draft> {
        sequence(state: (previous: Draft?.none, index: 0)) { state -> Draft? in
            let draft = next(after: state.previous, index: state.index, in: period, policies: policies)
            state = (draft, state.index + 1)
            return draft
        }.prefix(maxCycles)
    }

    private static func next(after previous: Draft?, index: Int, in period: ContractPeriod,
                             policies: [ContractType: CyclePolicy]) -> Draft {
        let anchor = period.start
        let policy = policies[period.type] ?? .standard
        switch (period.type, index) {
        case (.probation, 0):
            return Draft(label: "P1", type: .probation, policy: policy, start: anchor, end: anchor.adding(months: 12),
                         midterm: anchor.adding(months: 6), colleagueDesignation: anchor.adding(months: 6))
        case (.probation, 1):
            return Draft(label: "P2", type: .probation, policy: policy, start: anchor.adding(months: 12),
                         end: anchor.adding(months: 24), midterm: anchor.adding(months: 18),
                         probationReport: anchor.adding(months: 21))
        case (.probation, 2):
            // "A third appraisal of variable duration until the start of the next biennium."
            let start = anchor.adding(months: 24)
            return Draft(label: "P3", type: .probation, policy: policy, start: start, end: policy.bienniumEnd(from: start))
        case (.technicalCooperation, let i):
            let n = i + 1
            guard n > 1 else {
                return Draft(label: "T1", type: .technicalCooperation, policy: policy, start: anchor,
                             end: anchor.adding(months: 6), midterm: anchor.adding(months: 3))
            }
            return Draft(label: "T\(n)", type: .technicalCooperation, policy: policy, start: anchor.adding(months: 12 * n - 18),
                         end: anchor.adding(months: 12 * n - 6), midterm: anchor.adding(months: 12 * n - 12))
        case (.regular, _), (.probation, _):
            // Regular cycles, and those that follow probation: to a biennium start, then whole bienniums.
            let regular = policies[.regular] ?? .standard
            let start = previous?.end ?? anchor
            let number = period.type == .probation ? index - 2 : index + 1
            return Draft(label: "R\(number)", type: .regular, policy: regular, start: start, end: regular.bienniumEnd(from: start))
        }
    }

    /// A cycle before its end is settled: a cut moves its end, and the phases that follow from it.
    struct Draft: Sendable {
        let label: String
        let type: ContractType
        let policy: CyclePolicy
        let start: CalendarDate
        let end: CalendarDate
        /// Set for cycles timed in months of service; biennium cycles take their midpoint.
        var midterm: CalendarDate?
        var colleagueDesignation: CalendarDate?
        var probationReport: CalendarDate?

        func build() -> ScheduledCycle { make(end: end, isCut: false) }

        /// The cycle ended early at `date`: its End of Cycle is held from then, and a review
        /// or report that would have fallen on or after it is not held.
        func cut(at date: CalendarDate) -> ScheduledCycle { make(end: date, isCut: true) }

        private func make(end: CalendarDate, isCut: Bool) -> ScheduledCycle {
            let midpoint = start.adding(days: start.days(until: end) / 2)
            let midterm = self.midterm.flatMap { $0 < end ? $0 : nil } ?? midpoint
            return ScheduledCycle(
                label: label, contractType: type, start: start, end: end,
                beginningOfCycleDue: min(start.adding(months: policy.beginningWindowMonths), end),
                midtermReview: midterm, midtermReviewDue: midterm.adding(months: policy.midtermWindowMonths),
                endOfCycleDue: end.adding(months: policy.endWindowMonths),
                probationReport: probationReport.flatMap { $0 < end ? $0 : nil },
                colleagueDesignation: colleagueDesignation.flatMap { $0 < end ? $0 : nil },
                isCut: isCut)
        }
    }
}
