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
}
