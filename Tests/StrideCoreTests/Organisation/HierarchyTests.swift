import StrideCore
import Testing

@Suite struct HierarchyTests {
    // A supervises B supervises C; D stands alone.
    let parents = ["B": "A", "C": "B"]

    @Test func detectsALoopBeforeItIsMade() {
        // Making C (below B below A) the parent of A would close A → C → B → A.
        #expect(Hierarchy.closesLoop(child: "A", parent: "C", ancestorsOfParent: ["B", "A"]))
        #expect(Hierarchy.closesLoop(child: "A", parent: "A", ancestorsOfParent: []))
        #expect(!Hierarchy.closesLoop(child: "D", parent: "C", ancestorsOfParent: ["B", "A"]))
        #expect(!Hierarchy.closesLoop(child: "C", parent: nil, ancestorsOfParent: []))
    }

    @Test func findsEveryNodeInALoopInABatch() {
        let batch = ["A": "B", "B": "C", "C": "A", "D": "A", "E": "E", "F": "G"]
        #expect(Hierarchy.nodesInCycles(parents: batch) == ["A", "B", "C", "E"])
        #expect(Hierarchy.nodesInCycles(parents: parents).isEmpty)
    }

    @Test func findsNodesBelowADepthLimit() {
        // A chain N0 ← N1 ← … ← N9: Nk has k ancestors.
        let chain = Dictionary(uniqueKeysWithValues: (1..<10).map { ("N\($0)", "N\($0 - 1)") })
        #expect(Hierarchy.nodesDeeperThan(7, parents: chain) == ["N8", "N9"])
        #expect(Hierarchy.nodesDeeperThan(9, parents: chain).isEmpty)
        // Nodes in a loop are not walked (the loop is reported on its own).
        let looped = ["A": "B", "B": "A", "C": "A"]
        #expect(Hierarchy.nodesDeeperThan(0, parents: looped, excluding: ["A", "B"]) == ["C"])
    }
}
