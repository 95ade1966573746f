import Foundation
import StrideCore

/// A workgroup as lists show it.
struct WorkgroupRow: Encodable {
    let name: String
    let href: String
    let kind: String
    let leadName: String
    let leadID: UUID
    /// The lead's profile, where the viewer may open it.
    var leadHref: String?
    let memberCount: Int
    let endDate: String?

    init(_ group: WorkgroupRecord, leadName: String, memberCount: Int) {
        name = group.details.name
        href = StridePath.workgroup(group.id).href
        kind = group.details.kind.displayName
        self.leadName = leadName
        leadID = group.leadID
        self.memberCount = memberCount
        endDate = group.details.endDate.map(DisplayDate.long)
    }
}
