import StrideCore
import Testing

@Suite struct HierarchyTests {
    // A supervises B supervises C; D stands alone.
    let parents = ["B": "A", "C": "B"]

    @Test func detectsALoopBeforeItIsMade() {
        let parentOf: (String) -> String? = { parents[$0] }
        #expect(Hierarchy.wouldCreateCycle(child: "A", parent: "C", parentOf: parentOf))
        #expect(Hierarchy.wouldCreateCycle(child: "A", parent: "A", parentOf: parentOf))
        #expect(!Hierarchy.wouldCreateCycle(child: "D", parent: "C", parentOf: parentOf))
        #expect(!Hierarchy.wouldCreateCycle(child: "C", parent: nil, parentOf: parentOf))
    }

    @Test func stopsOnALoopAlreadyInTheData() {
        let broken = ["X": "Y", "Y": "X"]
        #expect(!Hierarchy.wouldCreateCycle(child: "Z", parent: "X", parentOf: { broken[$0] }))
        #expect(Hierarchy.ancestors(of: "X", parentOf: { broken[$0] }) == ["Y"])
    }

    @Test func listsAncestorsNearestFirst() {
        #expect(Hierarchy.ancestors(of: "C", parentOf: { parents[$0] }) == ["B", "A"])
        #expect(Hierarchy.ancestors(of: "A", parentOf: { parents[$0] }).isEmpty)
    }

    @Test func findsEveryNodeInALoopInABatch() {
        let batch = ["A": "B", "B": "C", "C": "A", "D": "A", "E": "E", "F": "G"]
        #expect(Hierarchy.nodesInCycles(parents: batch) == ["A", "B", "C", "E"])
        #expect(Hierarchy.nodesInCycles(parents: parents).isEmpty)
    }

    @Test func collectsDescendants() {
        let children = ["A": ["B"], "B": ["C"], "C": []]
        #expect(Hierarchy.descendants(of: "A", childrenOf: { children[$0] ?? [] }) == ["B", "C"])
    }
}
