/// Rules for the two trees in an organisation: units under parent units, and staff under
/// supervisors. Both must stay trees: a loop would make "indirect reports" and "units below"
/// endless, so every change that sets a parent is checked here first.
public enum Hierarchy {
    /// Whether making `parent` the parent of `child` would close a loop: true when the child
    /// is the proposed parent itself or stands among the proposed parent's ancestors.
    ///
    /// - Parameter ancestorsOfParent: everyone above the proposed parent, as the database's
    ///   tree walk returns them.
    public static func closesLoop<ID: Hashable>(child: ID, parent: ID?, ancestorsOfParent: [ID]) -> Bool {
        guard let parent else { return false }
        return parent == child || ancestorsOfParent.contains(child)
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

    /// Every node with more than `limit` ancestors in a parent map, skipping the walk through
    /// nodes already known to be in a loop. Returned in a stable order.
    public static func nodesDeeperThan<ID: Hashable & Comparable>(_ limit: Int, parents: [ID: ID], excluding looping: Set<ID> = []) -> [ID] {
        var depth: [ID: Int] = [:]
        func depthOf(_ start: ID) -> Int {
            var chain: [ID] = []
            var current = start
            // Walk up until a node of known depth or a root; nodes in loops count as roots.
            while depth[current] == nil, !looping.contains(current), let parent = parents[current] {
                chain.append(current)
                current = parent
                if chain.count > parents.count { break }
            }
            var level = depth[current] ?? 0
            for node in chain.reversed() {
                level += 1
                depth[node] = level
            }
            return depth[start] ?? level
        }
        return parents.keys.filter { depthOf($0) > limit }.sorted()
    }
}
