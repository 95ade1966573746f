import Foundation

/// Holding the End of Cycle and the next Beginning of Cycle in one sitting (ILO PMF note §9):
/// the next cycle opens from the End of Cycle, with the outputs not yet achieved offered to
/// carry over into its Beginning of Cycle.
public enum CarryOver {
    /// Once the staff member's self-assessment is in, the next cycle may be opened from the
    /// End of Cycle, by the staff member or the appraiser.
    public static func mayOpenNext(after state: AppraisalState) -> Bool { state != .draft }

    /// The plan's outputs still in force, each marked as suggested when it was not rated
    /// fully met or exceeded (so not yet achieved).
    public static func candidates(_ plan: [PlannedOutput], endOfCycle: EndOfCycle) -> [(output: Output, suggested: Bool)] {
        plan.compactMap { planned in
            guard let output = planned.current else { return nil }
            let rating = endOfCycle.outputs.first { $0.key == planned.key }?.assessment.rating
            return (output, rating != .fullyMet && rating != .exceeded)
        }
    }

    /// The next cycle's Beginning of Cycle: the chosen outputs as its first drafts, each a new
    /// output of the new cycle (a key of its own), linked to the same unit outcome for the
    /// parties to confirm against the new period's outcomes.
    public static func beginning(carrying outputs: [Output], newKey: () -> UUID) -> BeginningOfCycle {
        BeginningOfCycle(outputs: outputs.prefix(BeginningOfCycleRules.outputs.upperBound).map { output in
            var carried = output
            carried.key = newKey()
            return carried
        })
    }
}
