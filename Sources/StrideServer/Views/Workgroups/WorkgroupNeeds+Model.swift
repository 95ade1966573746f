/// The model of `workgroups/needs.leaf`: the skills a workgroup's work needs, as a repeated group.
struct WorkgroupNeedsModel: Encodable {
    let heading: String
    let action: String
    /// One group; a list because Leaf has no `#let` (see `RepeatedGroup.blankItems`).
    let groups: [RepeatedGroup]
    let buttonBars: [FormButtons]
}
