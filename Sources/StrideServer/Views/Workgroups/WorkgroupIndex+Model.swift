import StrideCore

/// The model of `workgroups/index.leaf`.
struct WorkgroupIndexModel: Encodable {
    let workgroups: [WorkgroupRow]
    let canAdd: Bool
    let newHref: String
    let caption: String
    let alignmentHref = StridePath.alignment.href

    init(workgroups: [WorkgroupRow], canAdd: Bool, newHref: String) {
        self.workgroups = workgroups
        self.canAdd = canAdd
        self.newHref = newHref
        caption = counted(workgroups.count, "workgroup")
    }
}
