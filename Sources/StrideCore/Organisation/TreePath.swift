import Foundation

/// Where a node stands in one of the organisation's trees (staff under supervisors, units
/// under parent units): the ids from the root down to the node, written `/root/…/node/`.
///
/// Each row stores its path, so "is X below Y" is a prefix test on X's own row and "everyone
/// below Y" is a range on an index over the paths, with no walk through the tree. Moving a node
/// rewrites the prefix of every path below it, in the same transaction as the move.
public struct TreePath: Hashable, Sendable, CustomStringConvertible {
    /// The stored form: lowercase ids, each followed by `/`, after a leading `/`.
    public let text: String

    /// The deepest tree accepted: far beyond any real organisation, and a bound on the path's length.
    public static let maxDepth = 64

    /// A root's path, or the path of `id` directly under `parent`.
    public init(_ id: UUID, under parent: TreePath? = nil) {
        text = (parent?.text ?? "/") + id.uuidString.lowercased() + "/"
    }

    /// A stored path, checked: nil unless it is a well-formed sequence of ids.
    public init?(stored: String) {
        guard stored.hasPrefix("/"), stored.hasSuffix("/"), stored.count > 1 else { return nil }
        let parts = stored.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= Self.maxDepth, parts.allSatisfy({ UUID(uuidString: String($0)) != nil && $0 == $0.lowercased() })
        else { return nil }
        text = stored
    }

    public var description: String { text }

    /// The ids from the root down to this node.
    public var ids: [UUID] {
        text.dropFirst().dropLast().split(separator: "/").compactMap { UUID(uuidString: String($0)) }
    }

    /// The node this path leads to.
    public var node: UUID { ids.last! }

    /// Everyone above this node, nearest first (a supervisor chain, a unit's breadcrumbs reversed).
    public var ancestors: [UUID] { Array(ids.dropLast().reversed()) }

    /// How many nodes are above this one.
    public var depth: Int { text.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } - 2 }

    /// Whether `other` is this node or stands anywhere below it.
    public func contains(_ other: TreePath) -> Bool { other.text.hasPrefix(text) }

    /// The smallest text greater than every path below this node: with `text` itself it bounds
    /// a range scan over an index of paths (byte order; `0` is the character after `/`).
    public var upperBound: String { String(text.dropLast()) + "0" }

    /// The path of every node in a whole parent map (node to parent, nil for a root), for
    /// building the stored paths at once. Nodes in a loop, or under a parent missing from the
    /// map, or deeper than `maxDepth`, are placed as roots so that every node gets a path.
    public static func paths(parents: [UUID: UUID?]) -> [UUID: TreePath] {
        var paths: [UUID: TreePath] = [:]
        paths.reserveCapacity(parents.count)
        func path(of node: UUID) -> TreePath {
            if let known = paths[node] { return known }
            // Walk up to a node already placed (or a root), then place the walk top down.
            var chain: [UUID] = [node]
            var seen: Set<UUID> = [node]
            var top: TreePath?
            while let parent = parents[chain.last!] ?? nil, parents[parent] != nil, chain.count < maxDepth {
                if let known = paths[parent] { top = known; break }
                guard seen.insert(parent).inserted else { break }
                chain.append(parent)
            }
            for id in chain.reversed() {
                let placed = top.map { $0.depth + 1 < maxDepth } == true ? TreePath(id, under: top) : TreePath(id)
                paths[id] = placed
                top = placed
            }
            return paths[node]!
        }
        for node in parents.keys { _ = path(of: node) }
        return paths
    }
}
