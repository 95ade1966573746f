import StrideCore

/// The model of `staff/show.leaf`: a profile, the person's reports, and for HR the account panel.
struct StaffShowModel: Encodable {
    let profile: StaffProfile
    let relation: String?
    let reports: [PersonSummary]
    let admin: AccountPanel?
    /// Pages about the person the viewer may open, such as their improvement plans.
    var links: [PageLink] = []
    /// Recognition the person received, the latest first, and giving them more.
    var recognition: [RecognitionItem] = []
    var giveRecognitionHref: String?

    /// What the viewer's relation to the person is, in words; nil when it needs no saying.
    static func describe(_ relation: StaffRelation) -> String? {
        switch relation {
        case .directManager: "You are this person's manager."
        case .indirectManager: "This person reports to you indirectly."
        case .responsibleChief: "This person works in a unit you head."
        default: nil
        }
    }
}

/// What HR administrators see and can do on a profile.
struct AccountPanel: Encodable {
    let editHref: String
    let contractChangeHref: String
    let accountState: String
    let accountTag: String
    let disabled: Bool
    let oneTimePasswordAction: String
    let accountStatusAction: String
    let rolesAction: String
    let grantableRoles: [FormField.Option]

    init(staff: StaffRecord, account: AccountState, grants: [Role]) {
        editHref = StridePath.editStaff(staff.id).href
        contractChangeHref = StridePath.contractChange(staff.id).href
        (accountState, accountTag) = Self.describe(account, isActive: staff.isActive)
        disabled = account.disabled
        oneTimePasswordAction = StridePath.oneTimePassword(staff.id).href
        accountStatusAction = StridePath.accountStatus(staff.id).href
        rolesAction = StridePath.roles(staff.id).href
        grantableRoles = Role.grantable.map { .init(value: $0.rawValue, label: $0.displayName, selected: grants.contains($0)) }
    }

    /// An account's sign-in state, as the panel needs it.
    struct AccountState: Sendable {
        let exists: Bool
        let hasPassword: Bool
        let disabled: Bool
        let mustChangePassword: Bool
    }

    /// The state in words and its tag colour.
    static func describe(_ account: AccountState, isActive: Bool) -> (String, String) {
        if !isActive { return ("Separated: cannot sign in", "grey") }
        guard account.exists, account.hasPassword else { return ("No password issued", "yellow") }
        if account.disabled { return ("Disabled", "red") }
        if account.mustChangePassword { return ("One-time password issued", "blue") }
        return ("Active", "green")
    }
}
