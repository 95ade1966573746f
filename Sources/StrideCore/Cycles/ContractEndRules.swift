/// What setting or moving a contract's end (or a separation date) does to the cycles already
/// opened (`CYCLES.md`: "a cycle never runs past the contract end date or separation date").
/// The running cycle is cut at a new, earlier end. An extension gives a cycle cut at the old
/// end its scheduled dates back while its End of Cycle is unsigned; one already assessed at the
/// cut keeps it, and the rest of its schedule opens as a cycle of its own
/// (`ScheduledCycle.remainder`).
public enum ContractEndRules {
    /// What stands in the way of the contract ending on `end` (nil: no end known), by field
    /// (`contractEnd`). That it falls after entry on duty is the staff form's own check.
    /// - Parameter opened: the person's cycles as they were opened.
    public static func problems(ending end: CalendarDate?, history: ContractHistory, opened: [ScheduledCycle]) -> [FieldError] {
        guard let end else { return [] }
        if let last = history.changes.last, end <= last.effectiveOn {
            return [FieldError("contractEnd", "The contract must end after the last change of contract type "
                                   + "(\(last.type.displayName.lowercased()) from \(last.effectiveOn.iso))")]
        }
        if let later = opened.filter({ $0.start >= end }).max(by: { $0.start < $1.start }) {
            return [FieldError("contractEnd", "Cycle \(later.label) is already open from \(later.start.iso): the contract must end after that")]
        }
        return []
    }

    /// The opened cycle whose dates change when the contract end moves from
    /// `history.contractEnd` to `end`, if one does.
    /// - Parameters:
    ///   - endOfCycleSigned: whether the End of Cycle of `opened[index]` has been signed.
    ///   - policies: the policy per contract type, for the windows of the new dates.
    public static func retiming(ending end: CalendarDate?, history: ContractHistory, opened: [ScheduledCycle],
                                endOfCycleSigned: (Int) -> Bool, policies: [ContractType: CyclePolicy]) -> CycleRetiming? {
        if let end, let index = opened.firstIndex(where: { $0.start < end && end < $0.end }) {
            let cut = opened[index].cut(at: end, policy: policies[opened[index].contractType] ?? .standard)
            return CycleRetiming(index: index, cycle: cut, isCut: true)
        }
        guard let old = history.contractEnd, end.map({ $0 > old }) ?? true else { return nil }
        return CycleRetiming.restoring(cutAt: old, opened: opened, under: history.ending(on: end),
                                       endOfCycleSigned: endOfCycleSigned, policies: policies)
    }
}
