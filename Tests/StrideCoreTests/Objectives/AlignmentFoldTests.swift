import Foundation
import StrideCore
import Testing

/// Folding a long alignment tree by the unit tree, and the folded branch's figures.
@Suite struct AlignmentFoldTests {
    // Head office R; below it A (with A1 below) and B. A second organisation's head Z.
    static let r = UUID(), a = UUID(), a1 = UUID(), b = UUID(), z = UUID()
    static let parents = [a: r, a1: a, b: r]

    static func outcomes(atHead: Int = 1, inA1: Int, inB: Int) -> [UUID] {
        Array(repeating: r, count: atHead) + Array(repeating: a1, count: inA1) + Array(repeating: b, count: inB)
    }

    @Test func aSmallTreeIsShownWholeFromTheHeadUnit() {
        let fold = AlignmentFold(focus: nil, parents: Self.parents, outcomeUnits: Self.outcomes(inA1: 2, inB: 3))
        #expect(fold.focus == Self.r && !fold.folds && fold.path == [Self.r] && fold.isWholeOrganisation)
        #expect([Self.r, Self.a1, Self.b].allSatisfy { fold.placement(of: $0) == .shown })
    }

    @Test func aLongTreeOpensOnTheHeadUnitWithEachBranchBelowFolded() {
        let fold = AlignmentFold(focus: nil, parents: Self.parents, outcomeUnits: Self.outcomes(inA1: 20, inB: 10))
        #expect(fold.focus == Self.r && fold.folds)
        #expect(fold.placement(of: Self.r) == .shown)
        #expect(fold.placement(of: Self.a1) == .folded(into: Self.a) && fold.placement(of: Self.b) == .folded(into: Self.b))
    }

    @Test func openingABranchShowsItWholeWhenItIsShortAndLeavesTheRestOut() {
        let fold = AlignmentFold(focus: Self.a, parents: Self.parents, outcomeUnits: Self.outcomes(inA1: 20, inB: 10))
        #expect(!fold.folds && fold.path == [Self.r, Self.a] && !fold.isWholeOrganisation)
        #expect(fold.placement(of: Self.a1) == .shown && fold.placement(of: Self.b) == .outside && fold.placement(of: Self.r) == .outside)
        // A branch itself longer than a page folds again, one level down.
        let deep = AlignmentFold(focus: Self.a, parents: Self.parents, outcomeUnits: Self.outcomes(inA1: 31, inB: 0))
        #expect(deep.folds && deep.placement(of: Self.a1) == .folded(into: Self.a1))
    }

    @Test func severalHeadUnitsFoldIntoOneBranchEach() {
        let units = Self.outcomes(inA1: 20, inB: 0) + Array(repeating: Self.z, count: 11)
        let fold = AlignmentFold(focus: nil, parents: Self.parents, outcomeUnits: units)
        #expect(fold.focus == nil && fold.folds && fold.path.isEmpty)
        #expect(fold.placement(of: Self.a1) == .folded(into: Self.r) && fold.placement(of: Self.z) == .folded(into: Self.z))
        // A loop in the unit tree (bad data) ends the walk rather than hanging.
        let looped = AlignmentFold(focus: Self.a, parents: [Self.a: Self.b, Self.b: Self.a], outcomeUnits: [Self.b])
        #expect(looped.placement(of: Self.b) == .shown && looped.path == [Self.b, Self.a])
    }

    @Test func aFoldedBranchRollsUpItsOutcomesAndIsNotItselfUnserved() throws {
        let served = AlignmentNode(id: UUID(), level: .unitOutcome, title: "Advice adopted", criteria: [AlignmentTreeTests.measured(0.6)],
                                   outputCount: 4)
        let objective = AlignmentNode(id: UUID(), level: .workgroupObjective, title: "Dashboards",
                                      criteria: [AlignmentTreeTests.measured(0.1, weight: 2)], outputCount: 2)
        let unservedOutcome = AlignmentNode(id: UUID(), level: .unitOutcome, title: "Data shared", children: [objective])
        let orphan = AlignmentNode(id: UUID(), level: .unitOutcome, title: "Nobody's", criteria: [AlignmentTreeTests.measured(0.9)])
        let branch = AlignmentNode(id: Self.a, level: .unit, title: "Policy", children: [served, unservedOutcome, orphan])
        let top = try #require(branch.rollup)
        #expect(abs(top.progress - (0.6 + 0.2 + 0.9) / 4) < 1e-9 && top.weight == 4)
        #expect(branch.totalOutputs == 6 && !branch.hasNoContributingOutputs && !unservedOutcome.hasNoContributingOutputs)
        #expect(branch.unserved.map(\.title) == ["Nobody's"])
    }
}
