/// The model of `workgroups/show.leaf`: the workgroup, its members, and for those who manage
/// it the add-member form.
struct WorkgroupShowModel: Encodable {
    struct Member: Encodable {
        let person: PersonSummary
        let role: String
        let isLead: Bool
        let removeAction: String?
    }

    let name: String
    let kind: String
    let purpose: String
    let endDate: String?
    let leadName: String
    let leadHref: String?
    let members: [Member]
    let tasks: [TaskRow]
    let skillsHref: String?
    let newTaskHref: String?
    let editHref: String?
    let addMemberAction: String?
    let addMemberFields: [FormField]
}
