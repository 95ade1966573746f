import StrideCore

/// A workgroup as lists show it.
struct WorkgroupRow: Encodable {
    let name: String
    let href: String
    let kind: String
    let leadName: String
    let memberCount: Int
    let endDate: String?

    init(_ group: WorkgroupRecord, leadName: String, memberCount: Int) {
        name = group.details.name
        href = StridePath.workgroup(group.id).href
        kind = group.details.kind.displayName
        self.leadName = leadName
        self.memberCount = memberCount
        endDate = group.details.endDate.map(DisplayDate.long)
    }
}
