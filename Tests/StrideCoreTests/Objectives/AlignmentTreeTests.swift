import Foundation
import StrideCore
import Testing

/// The alignment tree: roll-up from criteria and children, and the flags for what does not connect.
@Suite struct AlignmentTreeTests {
    static func measured(_ progress: Double, elapsed: Double = 0.5, weight: Double = 1) -> ObjectiveRollup.Measured {
        ObjectiveRollup.Measured(weight: weight, progress: progress, elapsed: elapsed,
                                 status: ObjectiveRollup.status(progress: progress, elapsed: elapsed, pastDue: false))
    }

    static let served = AlignmentNode(id: UUID(), level: .workgroupObjective, title: "Briefings", criteria: [measured(0.6)], outputCount: 1)
    static let orphan = AlignmentNode(id: UUID(), level: .workgroupObjective, title: "Dashboards", criteria: [measured(0.1, weight: 2)])
    static let unit = AlignmentNode(id: UUID(), level: .unitOutcome, title: "Advice adopted", children: [served, orphan])
    static let outcome = AlignmentNode(id: UUID(), level: .organisationalOutcome, title: "Policy influence", children: [unit])

    @Test func progressRollsUpByWeightThroughEveryLevel() throws {
        let top = try #require(Self.outcome.rollup)
        // (0.6 × 1 + 0.1 × 2) / 3 = 0.27 against half the time elapsed
        #expect(abs(top.progress - 0.8 / 3) < 1e-9 && top.weight == 3 && top.status == .atRisk, "0.23 behind the time elapsed")
        #expect(Self.served.rollup?.status == .onTrack && Self.outcome.totalOutputs == 1)
    }

    @Test func objectivesWithNoOutputAreFlagged() {
        #expect(Self.outcome.unserved.map(\.title) == ["Dashboards"])
        #expect(!Self.unit.hasNoContributingOutputs && Self.orphan.hasNoContributingOutputs)
    }
}
