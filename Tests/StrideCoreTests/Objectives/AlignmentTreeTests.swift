import Foundation
import StrideCore
import Testing

/// The alignment tree: roll-up from criteria and children, and the flags for what does not connect.
@Suite struct AlignmentTreeTests {
    static func measured(_ progress: Double, elapsed: Double = 0.5, weight: Double = 1) -> ObjectiveRollup.Measured {
        ObjectiveRollup.Measured(weight: weight, progress: progress, elapsed: elapsed,
                                 status: ObjectiveRollup.status(progress: progress, elapsed: elapsed, pastDue: false))
    }

    static let output = AlignmentNode(id: UUID(), level: .output, title: "A policy paper")
    static let served = AlignmentNode(id: UUID(), level: .workgroupObjective, title: "Briefings", criteria: [measured(0.6)], children: [output])
    static let orphan = AlignmentNode(id: UUID(), level: .workgroupObjective, title: "Dashboards", criteria: [measured(0.1, weight: 2)])
    static let unit = AlignmentNode(id: UUID(), level: .unitOutcome, title: "Advice adopted", children: [served, orphan])
    static let outcome = AlignmentNode(id: UUID(), level: .organisationalOutcome, title: "Policy influence", children: [unit])

    @Test func progressRollsUpByWeightThroughEveryLevel() throws {
        let top = try #require(Self.outcome.rollup)
        // (0.6 × 1 + 0.1 × 2) / 3 = 0.27 against half the time elapsed
        #expect(abs(top.progress - 0.8 / 3) < 1e-9 && top.weight == 3 && top.status == .atRisk, "0.23 behind the time elapsed")
        #expect(Self.output.rollup == nil && Self.served.rollup?.status == .onTrack)
    }

    @Test func objectivesWithNoOutputAndOutputsLinkedToNothingAreFlagged() {
        #expect(Self.outcome.unserved.map(\.title) == ["Dashboards"])
        #expect(!Self.unit.hasNoContributingOutputs && Self.orphan.hasNoContributingOutputs)
        let known = UUID(), a = UUID(), b = UUID(), c = UUID()
        #expect(AlignmentFlags.unlinked([(a, known), (b, nil), (c, UUID())], known: [known]) == [b, c])
    }
}
