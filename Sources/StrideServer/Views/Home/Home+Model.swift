import StrideCore

/// The model of `home.leaf`: the signed-in person's profile, manager, reports and workgroups.
struct HomeModel: Encodable {
    let me: StaffProfile
    let manager: PersonSummary?
    let reports: [PersonSummary]
    let workgroups: [WorkgroupRow]
    /// Rounds of skills assessment asking me, with where I stand in each.
    let skillRounds: [SkillRoundReminder]
    let skillsHref: String
    /// Workgroup tasks assigned to me and not yet done, by due date.
    let tasks: [TaskRow]
    let roles: [String]
    let changePasswordHref: String
}

/// A round of skills assessment on its person's home page.
struct SkillRoundReminder: Encodable {
    let name: String
    let dueOn: String
    let status: String
    let statusColour: String

    init(_ asking: SkillRoundQueries.Asking, today: CalendarDate) {
        name = asking.round.name
        dueOn = DisplayDate.long(asking.round.dueOn)
        (status, statusColour) = asking.answered ? ("Proposed", "green") : asking.round.dueOn < today ? ("Overdue", "red") : ("To do", "blue")
    }
}
