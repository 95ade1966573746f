import Foundation
import StrideCore
import Testing

@Suite struct TreePathTests {
    let a = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    let b = UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!
    let c = UUID(uuidString: "00000000-0000-0000-0000-00000000000C")!
    let d = UUID(uuidString: "00000000-0000-0000-0000-00000000000D")!

    @Test func aPathListsTheIdsFromTheRootDown() {
        let pathOfC = TreePath(c, under: TreePath(b, under: TreePath(a)))
        #expect(pathOfC.text == "/00000000-0000-0000-0000-00000000000a/00000000-0000-0000-0000-00000000000b/00000000-0000-0000-0000-00000000000c/")
        #expect(pathOfC.ids == [a, b, c])
        #expect(pathOfC.ancestors == [b, a])
        #expect(pathOfC.node == c)
        #expect(pathOfC.depth == 2)
        #expect(TreePath(a).depth == 0)
    }

    @Test func containmentIsAPrefixOfWholeIds() {
        let pathOfA = TreePath(a)
        let pathOfB = TreePath(b, under: pathOfA)
        #expect(pathOfA.contains(pathOfB))
        #expect(pathOfA.contains(pathOfA))
        #expect(!pathOfB.contains(pathOfA))
        #expect(!TreePath(d).contains(pathOfB))
    }

    @Test func theUpperBoundClosesTheRangeOfTheSubtreeInByteOrder() {
        let pathOfA = TreePath(a)
        let below = TreePath(c, under: TreePath(b, under: pathOfA))
        let sibling = TreePath(UUID(uuidString: "00000000-0000-0000-0000-00000000000F")!)
        #expect(below.text > pathOfA.text && below.text < pathOfA.upperBound)
        #expect(!(sibling.text > pathOfA.text && sibling.text < pathOfA.upperBound))
    }

    @Test func storedTextIsCheckedBeforeUse() {
        #expect(TreePath(stored: TreePath(b, under: TreePath(a)).text) == TreePath(b, under: TreePath(a)))
        for bad in ["", "/", "//", "/not-an-id/", "/00000000-0000-0000-0000-00000000000A/", "00000000-0000-0000-0000-00000000000a/"] {
            #expect(TreePath(stored: bad) == nil, "\(bad)")
        }
    }

    @Test func pathsForAWholeParentMap() {
        let paths = TreePath.paths(parents: [a: nil, b: a, c: b, d: nil])
        #expect(paths[c] == TreePath(c, under: TreePath(b, under: TreePath(a))))
        #expect(paths[d] == TreePath(d))
        #expect(paths.count == 4)
    }

    @Test func aLoopOrAMissingParentStillGivesEveryNodeAPath() {
        let looped = TreePath.paths(parents: [a: b, b: a, c: d])
        #expect(looped.count == 3)
        #expect(looped[c] == TreePath(c))   // d is not in the map
        #expect(looped[a]!.depth + looped[b]!.depth == 1)
    }

    @Test func aChainDeeperThanTheLimitIsCutIntoTrees() {
        let ids = (0..<(TreePath.maxDepth + 10)).map { _ in UUID() }
        var parents: [UUID: UUID?] = [ids[0]: nil]
        for index in 1..<ids.count { parents[ids[index]] = ids[index - 1] }
        let paths = TreePath.paths(parents: parents)
        #expect(paths.count == ids.count)
        #expect(paths.values.allSatisfy { $0.depth < TreePath.maxDepth })
    }
}
