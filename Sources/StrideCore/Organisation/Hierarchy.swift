/// Rules for the two trees in an organisation: units under parent units, and staff under
/// supervisors. Both must stay trees: a loop would make "indirect reports" and "units below"
/// endless, so every change that sets a parent is checked here first.
public enum Hierarchy {
    /// Whether making `parent` the parent of `child` would close a loop, given every other
    /// node's current parent.
    ///
    /// Walks up from the proposed parent; reaching `child` means `child` would become its own
    /// ancestor. The walk also stops on a loop already present, so bad data cannot hang it.
    public static func wouldCreateCycle<ID: Hashable>(
        child: ID, parent: ID?, parentOf: (ID) -> ID?
    ) -> Bool {
        guard var current = parent else { return false }
        var seen: Set<ID> = []
        while true {
            if current == child { return true }
            guard seen.insert(current).inserted, let next = parentOf(current) else { return false }
            current = next
        }
    }

    /// The chain of ancestors of `node`, nearest first, stopping safely on a loop.
    public static func ancestors<ID: Hashable>(of node: ID, parentOf: (ID) -> ID?) -> [ID] {
        var chain: [ID] = []
        var seen: Set<ID> = [node]
        var current = parentOf(node)
        while let next = current, seen.insert(next).inserted {
            chain.append(next)
            current = parentOf(next)
        }
        return chain
    }

    /// Every node that takes part in a loop in a whole parent map, for checking a batch
    /// (an import) at once. Returned in a stable order.
    public static func nodesInCycles<ID: Hashable & Comparable>(parents: [ID: ID]) -> [ID] {
        var state: [ID: Bool] = [:]   // false = on the current path, true = finished
        var inCycle: Set<ID> = []
        for start in parents.keys.sorted() where state[start] == nil {
            var path: [ID] = []
            var current: ID? = start
            while let node = current, state[node] == nil {
                state[node] = false
                path.append(node)
                current = parents[node]
            }
            if let node = current, state[node] == false, let loopStart = path.firstIndex(of: node) {
                inCycle.formUnion(path[loopStart...])
            }
            for node in path { state[node] = true }
        }
        return inCycle.sorted()
    }

    /// All descendants of `root` (not including it) given a children lookup.
    public static func descendants<ID: Hashable>(of root: ID, childrenOf: (ID) -> [ID]) -> Set<ID> {
        var result: Set<ID> = []
        var queue = childrenOf(root)
        while let node = queue.popLast() {
            if node != root, result.insert(node).inserted { queue.append(contentsOf: childrenOf(node)) }
        }
        return result
    }
}
