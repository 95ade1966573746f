/// The model of `workgroups/index.leaf`.
struct WorkgroupIndexModel: Encodable {
    let workgroups: [WorkgroupRow]
    let canAdd: Bool
    let newHref: String
}
