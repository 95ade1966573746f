/// The model of `workgroups/show.leaf`: the workgroup, its members, and for those who manage
/// it the add-member form.
struct WorkgroupShowModel: Encodable {
    struct Member: Encodable {
        let person: PersonSummary
        let role: String
        let isLead: Bool
        let removeAction: String?
    }

    /// An objective in the workgroup's list, with where it stands.
    struct Objective: Encodable {
        let title: String
        let href: String
        let ownerName: String
        let due: String
        let standing: ObjectiveStandingView
    }

    let name: String
    let kind: String
    let purpose: String
    let startDate: String?
    let endDate: String?
    let leadName: String
    let leadHref: String?
    let members: [Member]
    let tasks: [TaskRow]
    let objectives: [Objective]
    let newObjectiveHref: String?
    let formationHref: String?
    let feedbackHref: String
    let skillsHref: String?
    let newTaskHref: String?
    let editHref: String?
    let addMemberAction: String?
    let addMemberFields: [FormField]
}
