import Foundation
import StrideCore
import Testing

/// Who may see, write, rate and move an appraisal form, as a table.
@Suite struct AppraisalPolicyTests {
    // R works in U2 under M, who reports to D; C heads U2; G is a delegate; B sits on the Board.
    static let r = UUID(), m = UUID(), d = UUID(), c = UUID(), g = UUID(), b = UUID(), h = UUID(), p = UUID()
    static let u2 = UUID()
    static let record = StaffSubject(staffID: r, unitID: u2, supervisorChain: [m, d])

    static func form(_ state: AppraisalState, appraiser: UUID = m, kind: AppraisalFormKind = .beginning) -> AppraisalSubject {
        AppraisalSubject(staff: record, appraiserID: appraiser, kind: kind, state: state)
    }

    static let staff = Viewer(staffID: r, roles: [])
    static let manager = Viewer(staffID: m, roles: [.manager])
    static let director = Viewer(staffID: d, roles: [.manager])
    static let chief = Viewer(staffID: c, roles: [.responsibleChief], chiefOfUnits: [u2])
    static let delegate = Viewer(staffID: g, roles: [.manager])
    static let board = Viewer(staffID: b, roles: [.reportsBoardMember])
    static let hr = Viewer(staffID: h, roles: [.hrAdministrator])
    static let peer = Viewer(staffID: p, roles: [])

    @Test(arguments: [
        (staff, AppraisalPolicy.Action.view, form(.draft), AccessDecision.allowed),
        (manager, .view, form(.draft), .allowed),
        (director, .view, form(.draft), .allowed),
        (chief, .view, form(.draft), .allowed),
        (peer, .view, form(.draft), .forbidden),
        (board, .view, form(.signed), .forbidden),
        (board, .view, form(.atReportsBoard), .allowed),
        (board, .view, form(.reviewed), .allowed),
        (hr, .view, form(.draft), .allowed),
        (delegate, .view, form(.draft), .forbidden),
        (delegate, .view, form(.draft, appraiser: g), .allowed),
        (staff, .edit, form(.draft), .allowed),
        (manager, .edit, form(.inDiscussion), .allowed),
        (director, .edit, form(.draft), .forbidden),
        (chief, .edit, form(.draft), .forbidden),
        (hr, .edit, form(.draft), .forbidden),
        (manager, .edit, form(.draft, appraiser: g), .forbidden),
        (delegate, .edit, form(.draft, appraiser: g), .allowed),
        (staff, .edit, form(.signed), .refused("This form has been signed by both and can no longer be changed.")),
        (manager, .edit, form(.atReportsBoard), .refused("This form has been signed by both and can no longer be changed.")),
        (hr, .edit, form(.reviewed), .refused("This form has been signed by both and can no longer be changed.")),
        (staff, .edit, form(.returned), .allowed),
        (staff, .rate, form(.selfAssessed, kind: .end), .forbidden),
        (manager, .rate, form(.selfAssessed, kind: .end), .allowed),
        (manager, .rate, form(.draft, kind: .end), .refused("The staff member's self-assessment comes first: you rate once it is handed in.")),
        (staff, .edit, form(.draft, kind: .end), .allowed),
        (staff, .edit, form(.selfAssessed, kind: .end),
         .refused("Your self-assessment has been handed in. To change it, ask your manager to send the form back to draft.")),
        (manager, .edit, form(.inDiscussion, kind: .end), .allowed),
        (staff, .edit, form(.returned, kind: .end), .allowed),
        (staff, .transition(.signAsStaff), form(.inDiscussion), .allowed),
        (staff, .transition(.signAsManager), form(.staffSigned), .forbidden),
        (manager, .transition(.signAsStaff), form(.inDiscussion), .forbidden),
        (hr, .transition(.sendToReportsBoard), form(.signed), .allowed),
        (board, .transition(.review), form(.atReportsBoard), .allowed),
        (board, .transition(.review), form(.signed), .forbidden),
        (hr, .transition(.review), form(.atReportsBoard), .forbidden),
        (staff, .openNextCycle, form(.selfAssessed, kind: .end), .allowed),
        (manager, .openNextCycle, form(.signed, kind: .end), .allowed),
        (manager, .openNextCycle, form(.draft, kind: .end), .refused("The next cycle opens once the self-assessment is handed in.")),
        (director, .openNextCycle, form(.signed, kind: .end), .forbidden),
        (hr, .openNextCycle, form(.signed, kind: .end), .forbidden),
        (manager, .openNextCycle, form(.signed), .hidden("The End of Cycle form")),
        (director, .openNextCycle, form(.signed), .forbidden),
    ])
    func decides(viewer: Viewer, action: AppraisalPolicy.Action, subject: AppraisalSubject, expected: AccessDecision) {
        #expect(AppraisalPolicy.decide(viewer, action, subject) == expected)
    }

    @Test func nobodyAppraisesThemselves() {
        let own = AppraisalSubject(staff: Self.record, appraiserID: Self.r, kind: .end, state: .selfAssessed)
        #expect(AppraisalPolicy.parties(of: Self.staff, to: own) == [.staffMember])
        #expect(AppraisalPolicy.decide(Self.staff, .rate, own) == .forbidden)
        // A Board member reviewing their own form acts only as its staff member.
        let boardMember = Viewer(staffID: Self.r, roles: [.reportsBoardMember])
        #expect(AppraisalPolicy.decide(boardMember, .transition(.review), Self.form(.atReportsBoard)) == .forbidden)
        // Nor one they appraised.
        let boardManager = Viewer(staffID: Self.m, roles: [.reportsBoardMember])
        #expect(AppraisalPolicy.parties(of: boardManager, to: Self.form(.atReportsBoard)) == [.manager])
        #expect(AppraisalPolicy.decide(boardManager, .transition(.review), Self.form(.atReportsBoard)) == .forbidden)
    }

    /// The visibility a list query applies in the database says yes exactly where `view` does,
    /// for every viewer, appraiser and state.
    @Test func visibilityAgreesWithViewForEveryViewerAndState() {
        let boardStaff = Viewer(staffID: Self.r, roles: [.reportsBoardMember])
        for viewer in [Self.staff, Self.manager, Self.director, Self.chief, Self.delegate, Self.board, Self.hr, Self.peer, boardStaff] {
            for state in AppraisalState.allCases {
                for appraiser in [Self.m, Self.g, nil] as [UUID?] {
                    let subject = AppraisalSubject(staff: Self.record, appraiserID: appraiser, kind: .beginning, state: state)
                    #expect(AppraisalPolicy.visibility(for: viewer).includes(subject) == AppraisalPolicy.decide(viewer, .view, subject).isAllowed,
                            "\(viewer.staffID) \(state) \(String(describing: appraiser))")
                }
            }
        }
    }

    /// A list may skip the per-form check only where every form in its states is seen: checked
    /// against `view` for every viewer, appraiser and single state, and for the Board's sets.
    @Test func seeingEveryFormInStatesAgreesWithView() {
        let boardStaff = Viewer(staffID: Self.r, roles: [.reportsBoardMember])
        for viewer in [Self.staff, Self.manager, Self.chief, Self.delegate, Self.board, Self.hr, Self.peer, boardStaff] {
            let visibility = AppraisalPolicy.visibility(for: viewer)
            for state in AppraisalState.allCases where visibility.seesEveryForm(in: [state]) {
                for appraiser in [Self.m, Self.g, nil] as [UUID?] {
                    let subject = AppraisalSubject(staff: Self.record, appraiserID: appraiser, kind: .end, state: state)
                    #expect(AppraisalPolicy.decide(viewer, .view, subject).isAllowed, "\(viewer.staffID) \(state)")
                }
            }
        }
        let board = AppraisalPolicy.visibility(for: Self.board)
        #expect(board.seesEveryForm(in: [.atReportsBoard]) && board.seesEveryForm(in: AppraisalVisibility.sentToReportsBoard))
        #expect(!board.seesEveryForm(in: [.atReportsBoard, .draft]) && !board.seesEveryForm(in: nil) && !board.seesEveryForm(in: []))
        #expect(!AppraisalPolicy.visibility(for: Self.manager).seesEveryForm(in: [.atReportsBoard]))
        #expect(AppraisalPolicy.visibility(for: Self.hr).seesEveryForm(in: nil))
        // Everyone sees the forms they appraise, in every state.
        for viewer in [Self.manager, Self.delegate, Self.peer] {
            #expect(AppraisalPolicy.visibility(for: viewer).seesEveryForm(appraisedBy: viewer.staffID))
            #expect(!AppraisalPolicy.visibility(for: viewer).seesEveryForm(appraisedBy: nil))
            for state in AppraisalState.allCases {
                let subject = AppraisalSubject(staff: Self.record, appraiserID: viewer.staffID, kind: .end, state: state)
                #expect(AppraisalPolicy.decide(viewer, .view, subject).isAllowed, "\(viewer.staffID) \(state)")
            }
        }
    }
}

/// Check-in notes: the two parties write them; they and HR read them.
@Suite struct CheckInPolicyTests {
    @Test func thePartiesWriteAndHRReads() {
        let subject = CycleSubject(staff: AppraisalPolicyTests.record, appraiserID: AppraisalPolicyTests.m)
        let cases: [(Viewer, CheckInPolicy.Action, AccessDecision)] = [
            (AppraisalPolicyTests.staff, .addNote, .allowed), (AppraisalPolicyTests.manager, .addNote, .allowed),
            (AppraisalPolicyTests.director, .addNote, .forbidden), (AppraisalPolicyTests.hr, .addNote, .forbidden),
            (AppraisalPolicyTests.hr, .readNotes, .allowed), (AppraisalPolicyTests.director, .readNotes, .forbidden),
            (AppraisalPolicyTests.director, .viewTimeline, .allowed), (AppraisalPolicyTests.chief, .viewTimeline, .allowed),
            (AppraisalPolicyTests.peer, .viewTimeline, .forbidden), (AppraisalPolicyTests.board, .readNotes, .forbidden),
        ]
        for (viewer, action, expected) in cases {
            #expect(CheckInPolicy.decide(viewer, action, subject) == expected, "\(viewer.staffID) \(action)")
        }
        #expect(CheckInRules.validate("  ").errors == [FieldError("note", "Write the note")])
        #expect(CheckInRules.validate(" Agreed to move the deadline ").value == "Agreed to move the deadline")
    }
}

/// Delegations: chiefs within the units they head, HR anywhere; terms that make sense.
@Suite struct DelegationTests {
    @Test func aChiefDelegatesWithinTheirUnitsOnly() {
        let chief = AppraisalPolicyTests.chief, u2 = AppraisalPolicyTests.u2, elsewhere = UUID()
        #expect(DelegationPolicy.decide(chief, .manage, .init(staffUnitID: u2, delegateUnitID: u2)) == .allowed)
        #expect(DelegationPolicy.decide(chief, .manage, .init(staffUnitID: elsewhere, delegateUnitID: u2)) == .forbidden)
        #expect(DelegationPolicy.decide(chief, .manage, .init(staffUnitID: u2, delegateUnitID: elsewhere))
            == .refused("Choose a manager in a unit you head."))
        #expect(DelegationPolicy.decide(AppraisalPolicyTests.hr, .manage, .init(staffUnitID: elsewhere, delegateUnitID: u2)) == .allowed)
        #expect(DelegationPolicy.decide(AppraisalPolicyTests.manager, .list, .init(staffUnitID: nil)) == .forbidden)
        #expect(DelegationPolicy.decide(chief, .list, .init(staffUnitID: nil)) == .allowed)
        #expect(DelegationPolicy.decide(chief, .manage, .init(staffUnitID: u2, delegateUnitID: u2, staffID: chief.staffID))
            == .refused("Nobody delegates their own appraisal: ask HR."))
    }

    @Test func termsRunFromTheStartUntilTheEnd() {
        let terms = DelegationTerms(staffID: UUID(), delegateID: UUID(), startsOn: CalendarDate(iso: "2026-03-01")!,
                                    endsOn: CalendarDate(iso: "2026-06-01"))
        #expect(!terms.runs(on: CalendarDate(iso: "2026-02-28")!))
        #expect(terms.runs(on: CalendarDate(iso: "2026-03-01")!) && terms.runs(on: CalendarDate(iso: "2026-05-31")!))
        #expect(!terms.runs(on: CalendarDate(iso: "2026-06-01")!))
        let bad = DelegationInput(staffNumber: "R1", delegateNumber: "r1", startsOn: "2026-03-01", endsOn: "2026-02-01").validate()
        #expect(bad.errors.map(\.field) == ["delegateNumber", "endsOn"])
        #expect(DelegationInput(staffNumber: "R1", delegateNumber: "P1", startsOn: "2026-03-01").validate().value?.endsOn == nil)
    }
}
