/// The model of `home.leaf`: the signed-in person's profile, manager, reports and workgroups.
struct HomeModel: Encodable {
    let me: StaffProfile
    let manager: PersonSummary?
    let reports: [PersonSummary]
    let workgroups: [WorkgroupRow]
    /// Workgroup tasks assigned to me and not yet done, by due date.
    let tasks: [TaskRow]
    let roles: [String]
    let changePasswordHref: String
}
