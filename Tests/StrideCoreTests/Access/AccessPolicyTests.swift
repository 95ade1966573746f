import Foundation
import StrideCore
import Testing

/// Every policy as a table: who asks, what, about whom, and the decision.
@Suite struct AccessPolicyTests {
    // People: R works in unit U2 (inside U1) under M, who reports to D. C heads U1 (and so U2).
    static let r = UUID(), m = UUID(), d = UUID(), c = UUID(), p = UUID(), b = UUID(), h = UUID(), h2 = UUID()
    static let u1 = UUID(), u2 = UUID(), u3 = UUID()

    static let staff = Viewer(staffID: r, roles: [])
    static let manager = Viewer(staffID: m, roles: [.manager])
    static let director = Viewer(staffID: d, roles: [.manager])
    static let chief = Viewer(staffID: c, roles: [.responsibleChief], chiefOfUnits: [u1, u2])
    static let otherChief = Viewer(staffID: UUID(), roles: [.responsibleChief], chiefOfUnits: [u3])
    static let peer = Viewer(staffID: p, roles: [])
    static let board = Viewer(staffID: b, roles: [.reportsBoardMember])
    static let hr = Viewer(staffID: h, roles: [.hrAdministrator])

    static let rRecord = StaffSubject(staffID: r, unitID: u2, supervisorChain: [m, d])
    static let mRecord = StaffSubject(staffID: m, unitID: u2, supervisorChain: [d])

    struct Row: Sendable, CustomTestStringConvertible {
        let label: String
        let decision: AccessDecision
        let expected: AccessDecision
        var testDescription: String { label }
    }

    static let staffRows: [Row] = [
        Row(label: "own record", decision: StaffPolicy.decide(staff, .view, rRecord), expected: .allowed),
        Row(label: "direct manager", decision: StaffPolicy.decide(manager, .view, rRecord), expected: .allowed),
        Row(label: "indirect manager", decision: StaffPolicy.decide(director, .view, rRecord), expected: .allowed),
        Row(label: "chief of a unit above", decision: StaffPolicy.decide(chief, .view, rRecord), expected: .allowed),
        Row(label: "chief elsewhere", decision: StaffPolicy.decide(otherChief, .view, rRecord), expected: .forbidden),
        Row(label: "a peer", decision: StaffPolicy.decide(peer, .view, rRecord), expected: .forbidden),
        // The Reports Board sees what is submitted to it, not staff records as such.
        Row(label: "Reports Board", decision: StaffPolicy.decide(board, .view, rRecord), expected: .forbidden),
        // A report never sees their manager's record through the chain.
        Row(label: "report viewing their manager", decision: StaffPolicy.decide(staff, .view, mRecord), expected: .forbidden),
        Row(label: "HR", decision: StaffPolicy.decide(hr, .view, rRecord), expected: .allowed),
        Row(label: "manager edits", decision: StaffPolicy.decide(manager, .edit, rRecord), expected: .forbidden),
        Row(label: "chief edits", decision: StaffPolicy.decide(chief, .edit, rRecord), expected: .forbidden),
        Row(label: "HR edits", decision: StaffPolicy.decide(hr, .edit, rRecord), expected: .allowed),
        Row(label: "anyone browses", decision: StaffDirectoryPolicy.decide(staff, .browse, StaffDirectory()), expected: .allowed),
        Row(label: "staff search emails", decision: StaffDirectoryPolicy.decide(chief, .searchContactDetails, StaffDirectory()), expected: .forbidden),
        Row(label: "HR searches emails", decision: StaffDirectoryPolicy.decide(hr, .searchContactDetails, StaffDirectory()), expected: .allowed),
        Row(label: "manager adds staff", decision: StaffDirectoryPolicy.decide(manager, .create, StaffDirectory()), expected: .forbidden),
        Row(label: "HR imports", decision: StaffDirectoryPolicy.decide(hr, .importCSV, StaffDirectory()), expected: .allowed),
    ]

    @Test(arguments: staffRows) func staffRecords(_ row: Row) {
        #expect(row.decision == row.expected)
    }

    static let hrAccount = AccountSubject(staffID: h, name: "Hana", isActive: true)
    static let rAccount = AccountSubject(staffID: r, name: "Raj", isActive: true)
    static let leaver = AccountSubject(staffID: UUID(), name: "Lee", isActive: false)

    static let accountRows: [Row] = [
        Row(label: "HR issues a password", decision: AccountPolicy.decide(hr, .issueOneTimePassword, rAccount), expected: .allowed),
        Row(label: "a manager issues a password", decision: AccountPolicy.decide(manager, .issueOneTimePassword, rAccount), expected: .forbidden),
        Row(label: "no password for a leaver", decision: AccountPolicy.decide(hr, .issueOneTimePassword, leaver),
            expected: .refused("Lee has separated and cannot be given a password.")),
        Row(label: "HR disables another", decision: AccountPolicy.decide(hr, .disable, rAccount), expected: .allowed),
        Row(label: "HR disables themselves", decision: AccountPolicy.decide(hr, .disable, hrAccount),
            expected: .refused("You cannot disable your own account.")),
        Row(label: "HR enables themselves", decision: AccountPolicy.decide(hr, .enable, hrAccount), expected: .allowed),
        Row(label: "HR drops own HR role", decision: AccountPolicy.decide(hr, .setRoles([.reportsBoardMember]), hrAccount),
            expected: .refused("You cannot remove your own HR administrator role; ask another HR administrator.")),
        Row(label: "HR keeps own HR role", decision: AccountPolicy.decide(hr, .setRoles([.hrAdministrator, .reportsBoardMember]), hrAccount),
            expected: .allowed),
        Row(label: "HR drops another's roles", decision: AccountPolicy.decide(hr, .setRoles([]), rAccount), expected: .allowed),
        Row(label: "board member grants roles", decision: AccountPolicy.decide(board, .setRoles([.hrAdministrator]), rAccount), expected: .forbidden),
        Row(label: "own password", decision: AccountPolicy.decide(staff, .changeOwnPassword, rAccount), expected: .allowed),
        Row(label: "someone else's password, even HR", decision: AccountPolicy.decide(hr, .changeOwnPassword, rAccount), expected: .forbidden),
        Row(label: "accounts page, chief", decision: AccountDirectoryPolicy.decide(chief, .view, AccountDirectory()), expected: .forbidden),
        Row(label: "accounts page, HR", decision: AccountDirectoryPolicy.decide(hr, .issueBatch, AccountDirectory()), expected: .allowed),
    ]

    @Test(arguments: accountRows) func accounts(_ row: Row) {
        #expect(row.decision == row.expected)
    }

    static let group = WorkgroupSubject(workgroupID: UUID(), leadID: r)
    static let pending = PendingFrameworkImportSubject(uploadedByID: h)
    static let otherHR = Viewer(staffID: h2, roles: [.hrAdministrator])

    static let organisationRows: [Row] = [
        Row(label: "anyone views a unit", decision: UnitPolicy.decide(peer, .view, UnitSubject(unitID: u1)), expected: .allowed),
        Row(label: "chief edits own unit", decision: UnitPolicy.decide(chief, .edit, UnitSubject(unitID: u1)), expected: .forbidden),
        Row(label: "HR edits a unit", decision: UnitPolicy.decide(hr, .edit, UnitSubject(unitID: u1)), expected: .allowed),
        Row(label: "chief keeps the outcomes of a unit below theirs", decision: UnitPolicy.decide(chief, .manageOutcomes, UnitSubject(unitID: u2)), expected: .allowed),
        Row(label: "another chief keeps no outcomes here", decision: UnitPolicy.decide(otherChief, .manageOutcomes, UnitSubject(unitID: u1)), expected: .forbidden),
        Row(label: "a manager keeps no outcomes", decision: UnitPolicy.decide(manager, .manageOutcomes, UnitSubject(unitID: u2)), expected: .forbidden),
        Row(label: "HR keeps any unit's outcomes", decision: UnitPolicy.decide(hr, .manageOutcomes, UnitSubject(unitID: u3)), expected: .allowed),
        Row(label: "anyone views the chart", decision: OrganisationChartPolicy.decide(board, .view, OrganisationChart()), expected: .allowed),
        Row(label: "chief adds a unit", decision: OrganisationChartPolicy.decide(chief, .addUnit, OrganisationChart()), expected: .forbidden),
        Row(label: "anyone views a workgroup", decision: WorkgroupPolicy.decide(peer, .view, group), expected: .allowed),
        Row(label: "lead edits the workgroup", decision: WorkgroupPolicy.decide(staff, .edit, group), expected: .forbidden),
        Row(label: "HR manages members", decision: WorkgroupPolicy.decide(hr, .manageMembers, group), expected: .allowed),
        Row(label: "the lead manages members", decision: WorkgroupPolicy.decide(staff, .manageMembers, group), expected: .allowed),
        Row(label: "a manager who is not the lead", decision: WorkgroupPolicy.decide(manager, .manageMembers, group), expected: .forbidden),
        Row(label: "the lead sees the skills matrix", decision: WorkgroupPolicy.decide(staff, .viewSkills, group), expected: .allowed),
        Row(label: "a member's peer sees no skills matrix", decision: WorkgroupPolicy.decide(peer, .viewSkills, group), expected: .forbidden),
        Row(label: "HR sees the skills matrix", decision: WorkgroupPolicy.decide(hr, .viewSkills, group), expected: .allowed),
        Row(label: "the lead allocates work", decision: WorkgroupPolicy.decide(staff, .allocate, group), expected: .allowed),
        Row(label: "a manager not leading allocates nothing", decision: WorkgroupPolicy.decide(manager, .allocate, group), expected: .forbidden),
        Row(label: "a chief not leading states no needs", decision: WorkgroupPolicy.decide(chief, .manageNeeds, group), expected: .forbidden),
        Row(label: "the assignee moves their task", decision: WorkTaskPolicy.decide(peer, .updateStatus, WorkTaskSubject(workgroup: group, assigneeID: p)), expected: .allowed),
        Row(label: "another member does not move it", decision: WorkTaskPolicy.decide(manager, .updateStatus, WorkTaskSubject(workgroup: group, assigneeID: p)), expected: .forbidden),
        Row(label: "the lead moves a member's task", decision: WorkTaskPolicy.decide(staff, .updateStatus, WorkTaskSubject(workgroup: group, assigneeID: p)), expected: .allowed),
        Row(label: "HR moves a task", decision: WorkTaskPolicy.decide(hr, .updateStatus, WorkTaskSubject(workgroup: group, assigneeID: p)), expected: .allowed),
        Row(label: "a chief sees the skills of a unit below", decision: UnitPolicy.decide(chief, .viewSkills, UnitSubject(unitID: u2)), expected: .allowed),
        Row(label: "a manager sees no unit's skills", decision: UnitPolicy.decide(manager, .viewSkills, UnitSubject(unitID: u2)), expected: .forbidden),
        Row(label: "another chief sees no skills here", decision: UnitPolicy.decide(otherChief, .viewSkills, UnitSubject(unitID: u1)), expected: .forbidden),
        Row(label: "manager forms a workgroup", decision: WorkgroupDirectoryPolicy.decide(manager, .form, WorkgroupDirectory()), expected: .forbidden),
        Row(label: "anyone reads frameworks", decision: FrameworkLibraryPolicy.decide(staff, .read, FrameworkLibrary()), expected: .allowed),
        Row(label: "board imports a framework", decision: FrameworkLibraryPolicy.decide(board, .importFramework, FrameworkLibrary()), expected: .forbidden),
        Row(label: "HR imports a framework", decision: FrameworkLibraryPolicy.decide(hr, .importFramework, FrameworkLibrary()), expected: .allowed),
        Row(label: "uploader confirms", decision: PendingFrameworkImportPolicy.decide(hr, .confirm, pending), expected: .allowed),
        // Another administrator is not told the upload exists.
        Row(label: "another HR confirms", decision: PendingFrameworkImportPolicy.decide(otherHR, .confirm, pending),
            expected: .hidden(PendingFrameworkImportPolicy.missing)),
        Row(label: "staff reviews an upload", decision: PendingFrameworkImportPolicy.decide(staff, .review, pending), expected: .forbidden),
        Row(label: "chief enters administration", decision: AdministrationPolicy.decide(chief, .enter, Administration()), expected: .forbidden),
        Row(label: "HR enters administration", decision: AdministrationPolicy.decide(hr, .enter, Administration()), expected: .allowed),
    ]

    @Test(arguments: organisationRows) func organisation(_ row: Row) {
        #expect(row.decision == row.expected)
    }

    @Test func relationsNameTheStrongestReason() {
        #expect(StaffPolicy.relation(of: Self.staff, to: Self.rRecord) == .oneself)
        #expect(StaffPolicy.relation(of: Self.manager, to: Self.rRecord) == .directManager)
        #expect(StaffPolicy.relation(of: Self.director, to: Self.rRecord) == .indirectManager)
        #expect(StaffPolicy.relation(of: Self.chief, to: Self.rRecord) == .responsibleChief)
        // A chief who is also the direct manager is named as the manager.
        let chiefManager = Viewer(staffID: Self.m, roles: [.manager, .responsibleChief], chiefOfUnits: [Self.u2])
        #expect(StaffPolicy.relation(of: chiefManager, to: Self.rRecord) == .directManager)
        #expect(StaffPolicy.relation(of: Self.hr, to: Self.rRecord) == .hrAdministrator)
    }

    /// The visibility a list query applies is the same rule as the one-record decision.
    @Test func visibilityAgreesWithTheDecision() {
        let viewers = [Self.staff, Self.manager, Self.director, Self.chief, Self.otherChief, Self.peer, Self.board, Self.hr]
        let subjects = [Self.rRecord, Self.mRecord, StaffSubject(staffID: Self.p, unitID: nil, supervisorChain: []),
                        StaffSubject(staffID: UUID(), unitID: Self.u1, supervisorChain: [])]
        for viewer in viewers {
            for subject in subjects {
                #expect(StaffPolicy.visibility(for: viewer).includes(subject) == StaffPolicy.decide(viewer, .view, subject).isAllowed)
            }
        }
    }

    @Test func signingInNeedsAnActiveEnabledAccountWithAPassword() {
        #expect(SignInPolicy.maySignIn(isActive: true, isDisabled: false, hasPassword: true))
        #expect(!SignInPolicy.maySignIn(isActive: false, isDisabled: false, hasPassword: true))
        #expect(!SignInPolicy.maySignIn(isActive: true, isDisabled: true, hasPassword: true))
        #expect(!SignInPolicy.maySignIn(isActive: true, isDisabled: false, hasPassword: false))
    }

    @Test func everyoneIsAStaffMember() {
        #expect(Viewer(staffID: UUID(), roles: []).roles == [.staffMember])
        #expect(Role.grantable == [.reportsBoardMember, .hrAdministrator])
    }
}
