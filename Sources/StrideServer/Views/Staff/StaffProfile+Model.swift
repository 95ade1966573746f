import StrideCore

/// A person's facts as the profile list shows them (`partials/profile-list.leaf`).
struct StaffProfile: Encodable {
    let id: String
    let name: String
    let email: String
    let staffNumber: String
    let grade: String
    let jobTitle: String
    let role: PageLink?
    /// The person's skills page: gaps against the role, priorities, assessments.
    let skillsHref: String
    let unit: PageLink?
    let supervisorName: String?
    let supervisorHref: String?
    let entryOnDuty: String
    let contractType: String
    /// Each type held and from when, where the type has ever changed; empty otherwise.
    let contractHistory: [String]
    /// The contract end or separation date, where one is recorded.
    let contractEnd: String?
    let status: String
    let isSeparated: Bool
    let workgroups: [PageLink]

    /// - Parameter linkSupervisor: whether the viewer may open the supervisor's record too.
    init(_ data: StaffProfileData, linkSupervisor: Bool) {
        let details = data.staff.details
        id = data.staff.id.uuidString
        name = details.name
        email = details.email
        staffNumber = details.staffNumber
        grade = details.grade
        jobTitle = details.jobTitle
        role = data.role.map { PageLink(label: $0.name, href: StridePath.roleProfile($0.id).href) }
        skillsHref = StridePath.staffSkills(data.staff.id).href
        unit = data.staff.unitID.map { PageLink(label: data.person.unitName ?? "", href: StridePath.unit($0).href) }
        supervisorName = data.supervisor?.record.name
        supervisorHref = linkSupervisor ? data.supervisor.map { StridePath.staffMember($0.record.id).href } : nil
        entryOnDuty = DisplayDate.long(details.entryOnDuty)
        contractType = details.contractType.displayName
        let history = ContractHistories.history(of: details, changes: data.contractChanges)
        contractHistory = history.changes.isEmpty ? [] : history.lines
        contractEnd = details.contractEnd.map(DisplayDate.long)
        status = details.status.displayName
        isSeparated = details.status == .separated
        workgroups = data.memberships
            .map { PageLink(label: "\($0.record.details.name) (\($0.role ?? ""))", href: StridePath.workgroup($0.record.id).href) }
            .sorted { $0.label < $1.label }
    }
}
