/// The model of `units/index.leaf`: the unit tree.
struct UnitIndexModel: Encodable {
    struct Item: Encodable {
        let name: String
        let code: String
        let href: String
        let staffCount: Int
        let chiefName: String?
        /// Sub-units not shown in the tree (it shows two levels), as "3 sub-units".
        let collapsed: String?
    }

    let rows: [TreeRow<Item>]
    let canEdit: Bool
    let newHref: String
}
