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
    /// Upward feedback rounds I am invited to and have not answered.
    let upwardFeedback: [UpwardFeedbackReminder]
    /// Workgroup tasks assigned to me and not yet done, by due date.
    let tasks: [TaskRow]
    let roles: [String]
    let changePasswordHref: String
    let apiTokensHref = StridePath.apiTokens.href
}

/// An upward feedback round awaiting its invitee's anonymous response.
struct UpwardFeedbackReminder: Encodable {
    let chief: String
    let closes: String
    let href: String
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
