/// A tree flattened into rows that a Leaf loop can turn into nested `<ul>` lists (Leaf has
/// no recursion): each row says whether it opens a nested list, whether it has children (so
/// its `<li>` stays open) and how many lists close after it.
struct TreeRow<Item: Encodable>: Encodable {
    let item: Item
    let depth: Int
    let opensList: Bool
    let hasChildren: Bool
    let closers: [Int]
}

enum TreeRows {
    /// Pre-order rows for the trees under `roots`, `maxDepth` levels deep at most (the nodes
    /// below are left for their parent's own page).
    static func flatten<Node, Item: Encodable>(
        _ roots: [Node], children: (Node) -> [Node], maxDepth: Int = .max, item: (_ node: Node, _ depth: Int) -> Item
    ) -> [TreeRow<Item>] {
        var rows: [TreeRow<Item>] = []
        func visit(_ node: Node, depth: Int, isFirst: Bool, closing: Int) {
            let kids = depth + 1 < maxDepth ? children(node) : []
            rows.append(TreeRow(item: item(node, depth), depth: depth, opensList: depth > 0 && isFirst,
                                hasChildren: !kids.isEmpty, closers: kids.isEmpty ? Array(repeating: 0, count: closing) : []))
            for (index, kid) in kids.enumerated() {
                let isLast = index == kids.count - 1
                // The last descendant closes this node's list and those of the ancestors it also ends.
                visit(kid, depth: depth + 1, isFirst: index == 0, closing: isLast ? closing + 1 : 0)
            }
        }
        for root in roots { visit(root, depth: 0, isFirst: false, closing: 0) }
        return rows
    }
}
