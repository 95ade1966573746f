/// An opened cycle's new dates when its contract moves under it: cut at a new contract end or
/// a change of contract type, or given back its scheduled dates when the end is extended or the
/// change withdrawn.
public struct CycleRetiming: Sendable, Equatable {
    /// Its place in the list of opened cycles given.
    public let index: Int
    public let cycle: ScheduledCycle
    /// A cut, or (false) the dates given back.
    public let isCut: Bool

    public init(index: Int, cycle: ScheduledCycle, isCut: Bool) {
        self.index = index
        self.cycle = cycle
        self.isCut = isCut
    }

    /// The opened cycle that was cut at `date`, given the dates `history` now schedules for it,
    /// if they run further and its End of Cycle is not yet signed: once both have signed it, the
    /// cycle stands as assessed and the rest of its schedule opens as a cycle of its own
    /// (`ScheduledCycle.remainder`).
    /// - Parameter endOfCycleSigned: whether the End of Cycle of `opened[index]` has been signed.
    public static func restoring(cutAt date: CalendarDate, opened: [ScheduledCycle], under history: ContractHistory,
                                 endOfCycleSigned: (Int) -> Bool, policies: [ContractType: CyclePolicy]) -> CycleRetiming? {
        guard let index = opened.firstIndex(where: { $0.start < date && $0.end == date }), !endOfCycleSigned(index) else { return nil }
        let cycle = opened[index]
        let scheduled = history.cycles(until: cycle.start.adding(days: 1), policies: policies)
            .last { $0.start == cycle.start && $0.contractType == cycle.contractType }
        guard let scheduled, scheduled.end > date else { return nil }
        return CycleRetiming(index: index, cycle: scheduled, isCut: false)
    }
}
