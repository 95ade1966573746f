import StrideCore
import Testing

@Suite struct AccessPolicyTests {
    // Unit U2 sits inside U1; the chief of U1 sees both.
    let subject = StaffSubject(staffID: "R", unitID: "U2", supervisorChain: ["M", "D"])

    @Test func ownRecordAndManagers() {
        #expect(AccessPolicy.relation(of: Viewer(staffID: "R", roles: []), to: subject) == .oneself)
        #expect(AccessPolicy.relation(of: Viewer(staffID: "M", roles: [.manager]), to: subject) == .directManager)
        #expect(AccessPolicy.relation(of: Viewer(staffID: "D", roles: [.manager]), to: subject) == .indirectManager)
    }

    @Test func responsibleChiefSeesTheUnitsTheyHead() {
        let chief = Viewer(staffID: "C", roles: [.responsibleChief], chiefOfUnits: ["U1", "U2"])
        #expect(AccessPolicy.canViewStaffRecord(chief, subject))
        let otherChief = Viewer(staffID: "C2", roles: [.responsibleChief], chiefOfUnits: ["U3"])
        #expect(!AccessPolicy.canViewStaffRecord(otherChief, subject))
    }

    @Test func peersAndReportsBoardSeeNothingByDefault() {
        #expect(!AccessPolicy.canViewStaffRecord(Viewer(staffID: "P", roles: []), subject))
        // The Reports Board sees what is submitted to it, not staff records as such.
        #expect(!AccessPolicy.canViewStaffRecord(Viewer(staffID: "B", roles: [.reportsBoardMember]), subject))
        // A report never sees their manager's record through the chain.
        let report = StaffSubject(staffID: "M", unitID: "U2", supervisorChain: ["D"])
        #expect(!AccessPolicy.canViewStaffRecord(Viewer(staffID: "R", roles: []), report))
    }

    @Test func hrAdministratorsSeeAndAdministerEverything() {
        let hr = Viewer(staffID: "H", roles: [.hrAdministrator])
        #expect(AccessPolicy.relation(of: hr, to: subject) == .hrAdministrator)
        #expect(AccessPolicy.canAdministerOrganisation(hr))
        #expect(!AccessPolicy.canAdministerOrganisation(Viewer(staffID: "M", roles: [.manager, .responsibleChief])))
    }

    @Test func everyoneIsAStaffMember() {
        #expect(Viewer(staffID: "X", roles: []).roles == [.staffMember])
        #expect(Role.grantable == [.reportsBoardMember, .hrAdministrator])
    }
}
