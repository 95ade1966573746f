import Foundation
import StrideCore
import Testing

/// Who may see, propose and decide on a person's skill levels.
@Suite struct SkillAssessmentPolicyTests {
    @Test func onlyThePersonProposesAndNobodyDecidesOnTheirOwn() {
        let person = UUID(), manager = UUID(), above = UUID(), delegate = UUID(), hr = UUID(), other = UUID(), chiefUnit = UUID()
        let subject = SkillAssessmentSubject(staff: StaffSubject(staffID: person, unitID: chiefUnit, supervisorChain: [manager, above]),
                                             delegates: [delegate])
        func allowed(_ viewer: Viewer, _ action: SkillAssessmentPolicy.Action) -> Bool {
            SkillAssessmentPolicy.decide(viewer, action, subject) == .allowed
        }
        let me = Viewer(staffID: person, roles: [.hrAdministrator])
        let chief = Viewer(staffID: other, roles: [], chiefOfUnits: [chiefUnit])
        #expect(allowed(me, .view) && allowed(me, .propose) && !allowed(me, .decide), "HR never confirms their own")
        #expect(allowed(Viewer(staffID: manager, roles: []), .decide) && !allowed(Viewer(staffID: manager, roles: []), .propose))
        #expect(allowed(Viewer(staffID: above, roles: []), .view) && !allowed(Viewer(staffID: above, roles: []), .decide))
        #expect(allowed(Viewer(staffID: delegate, roles: []), .view) && allowed(Viewer(staffID: delegate, roles: []), .decide))
        #expect(allowed(Viewer(staffID: hr, roles: [.hrAdministrator]), .decide))
        #expect(allowed(chief, .view) && !allowed(chief, .decide))
        #expect(!allowed(Viewer(staffID: UUID(), roles: [.reportsBoardMember]), .view))
    }
}
