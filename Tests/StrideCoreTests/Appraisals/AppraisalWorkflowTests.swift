import Foundation
import StrideCore
import Testing

/// Every transition of the appraisal state machine, and every illegal one refused.
@Suite struct AppraisalWorkflowTests {
    private func next(_ state: AppraisalState, _ action: AppraisalAction, by party: AppraisalParty,
                      kind: AppraisalFormKind = .beginning, contract: ContractType = .regular,
                      comment: Bool = false) -> Result<AppraisalState, TransitionRefusal> {
        AppraisalWorkflow.next(from: state, kind: kind, contract: contract, action: action, by: party, commentGiven: comment)
    }

    private func lands(_ result: Result<AppraisalState, TransitionRefusal>) -> AppraisalState? {
        if case .success(let state) = result { return state }
        return nil
    }

    private func refusal(_ result: Result<AppraisalState, TransitionRefusal>) -> TransitionRefusal? {
        if case .failure(let refusal) = result { return refusal }
        return nil
    }

    @Test func aBeginningOfCycleGoesFromDraftToReviewed() {
        #expect(lands(next(.draft, .submit, by: .staffMember)) == .inDiscussion)
        #expect(lands(next(.draft, .submit, by: .manager)) == .inDiscussion)
        #expect(lands(next(.inDiscussion, .signAsStaff, by: .staffMember)) == .staffSigned)
        #expect(lands(next(.staffSigned, .signAsManager, by: .manager)) == .signed)
        #expect(lands(next(.signed, .sendToReportsBoard, by: .manager)) == .atReportsBoard)
        #expect(lands(next(.signed, .sendToReportsBoard, by: .hrAdministrator)) == .atReportsBoard)
        #expect(lands(next(.atReportsBoard, .review, by: .reportsBoard)) == .reviewed)
    }

    @Test func theBoardReturnsWithAReasonAndTheFormIsSignedAgain() {
        #expect(refusal(next(.atReportsBoard, .returnToParties, by: .reportsBoard))?.isForbidden == false)
        #expect(lands(next(.atReportsBoard, .returnToParties, by: .reportsBoard, comment: true)) == .returned)
        #expect(AppraisalState.returned.isEditable)
        #expect(lands(next(.returned, .submit, by: .staffMember)) == .inDiscussion)
    }

    @Test func whatAFormWaitsFor() {
        #expect(AppraisalWorkflow.awaits(.staffMember, in: .inDiscussion, kind: .beginning, contract: .regular))
        #expect(!AppraisalWorkflow.awaits(.manager, in: .inDiscussion, kind: .beginning, contract: .regular), "only a send-back is open to the manager")
        #expect(AppraisalWorkflow.awaits(.manager, in: .staffSigned, kind: .beginning, contract: .regular))
        #expect(AppraisalWorkflow.awaits(.manager, in: .selfAssessed, kind: .end, contract: .regular))
        #expect(AppraisalWorkflow.awaits(.manager, in: .signed, kind: .midterm, contract: .probation))
        #expect(!AppraisalWorkflow.awaits(.manager, in: .signed, kind: .midterm, contract: .regular), "a regular Mid-term Review ends signed")
    }

    @Test func aMissingReasonIsAboutTheCommentNotTheState() {
        #expect(refusal(next(.inDiscussion, .sendBack, by: .staffMember))?.field == "comment")
        #expect(refusal(next(.atReportsBoard, .returnToParties, by: .reportsBoard))?.field == "comment")
        #expect(refusal(next(.signed, .sendBack, by: .staffMember, comment: true))?.field == nil)
    }

    @Test func aChangeAfterTheStaffSignatureWithdrawsIt() {
        #expect(AppraisalWorkflow.stateAfterEdit(.staffSigned) == .inDiscussion)
        for state in AppraisalState.allCases where state != .staffSigned {
            #expect(AppraisalWorkflow.stateAfterEdit(state) == state)
        }
    }

    @Test func whoActsIsTheCapacityTheWorkflowAsksFor() {
        let staff = UUID(), manager = UUID()
        let subject = AppraisalSubject(staff: StaffSubject(staffID: staff, unitID: nil, supervisorChain: [manager]),
                                       appraiserID: manager, kind: .beginning, state: .inDiscussion)
        let hrManager = Viewer(staffID: manager, roles: [.hrAdministrator])
        #expect(AppraisalPolicy.party(of: hrManager, taking: .signAsManager, on: subject) == .manager)
        #expect(AppraisalPolicy.party(of: hrManager, taking: .sendToReportsBoard, on: subject) == .manager)
        #expect(AppraisalPolicy.party(of: hrManager, taking: .signAsStaff, on: subject) == nil)
        #expect(AppraisalPolicy.party(of: Viewer(staffID: staff, roles: []), taking: .submit, on: subject) == .staffMember)
    }

    @Test func theEndOfCycleTakesTheSelfAssessmentFirst() {
        #expect(refusal(next(.draft, .submit, by: .manager, kind: .end))?.message == "The staff member's self-assessment comes first.")
        #expect(refusal(next(.draft, .submitSelfAssessment, by: .manager, kind: .end))?.isForbidden == true)
        #expect(lands(next(.draft, .submitSelfAssessment, by: .staffMember, kind: .end)) == .selfAssessed)
        #expect(refusal(next(.selfAssessed, .submit, by: .staffMember, kind: .end))?.isForbidden == true)
        #expect(lands(next(.selfAssessed, .submit, by: .manager, kind: .end)) == .inDiscussion)
        #expect(refusal(next(.draft, .submitSelfAssessment, by: .staffMember, kind: .beginning))?.isForbidden == false)
    }

    @Test func eitherPartySendsBackWithACommentUntilBothHaveSigned() {
        for state in [AppraisalState.inDiscussion, .staffSigned, .selfAssessed] {
            #expect(lands(next(state, .sendBack, by: .staffMember, comment: true)) == .draft)
            #expect(lands(next(state, .sendBack, by: .manager, comment: true)) == .draft)
            #expect(refusal(next(state, .sendBack, by: .manager))?.message == "Say why the form goes back to draft.")
        }
        #expect(refusal(next(.signed, .sendBack, by: .manager, comment: true))?.message == "Both have signed: the form can no longer be sent back.")
        #expect(refusal(next(.inDiscussion, .sendBack, by: .reportsBoard, comment: true))?.isForbidden == true)
    }

    @Test func nobodySignsForTheOtherParty() {
        #expect(refusal(next(.inDiscussion, .signAsManager, by: .staffMember))?.isForbidden == true)
        #expect(refusal(next(.inDiscussion, .signAsStaff, by: .manager))?.isForbidden == true)
        #expect(refusal(next(.inDiscussion, .signAsStaff, by: .hrAdministrator))?.isForbidden == true)
        #expect(refusal(next(.inDiscussion, .signAsManager, by: .manager))?.message == "The staff member signs first.")
        #expect(refusal(next(.staffSigned, .signAsStaff, by: .staffMember))?.message == "You have already signed this form.")
    }

    @Test func onlySomeFormsGoToTheBoard() {
        #expect(lands(next(.signed, .sendToReportsBoard, by: .manager, kind: .midterm, contract: .probation)) == .atReportsBoard)
        #expect(refusal(next(.signed, .sendToReportsBoard, by: .manager, kind: .midterm, contract: .regular))?.isForbidden == false)
        #expect(refusal(next(.staffSigned, .sendToReportsBoard, by: .manager))?.isForbidden == false)
        #expect(refusal(next(.signed, .sendToReportsBoard, by: .staffMember))?.isForbidden == true)
        #expect(AppraisalFormKind.probationReport.goesToReportsBoard(contract: .probation))
        #expect(!AppraisalFormKind.midterm.goesToReportsBoard(contract: .technicalCooperation))
    }

    @Test func everyIllegalTransitionIsRefused() {
        // From each state, exactly the listed actions (by anyone) lead somewhere.
        let legal: [AppraisalState: Set<AppraisalAction>] = [
            .draft: [.submitSelfAssessment], .selfAssessed: [.submit, .sendBack],
            .inDiscussion: [.sendBack, .signAsStaff], .staffSigned: [.sendBack, .signAsManager],
            .signed: [.sendToReportsBoard], .atReportsBoard: [.review, .returnToParties],
            .reviewed: [], .returned: [.submit, .submitSelfAssessment],
        ]
        let parties: [AppraisalParty] = [.staffMember, .manager, .reportsBoard, .hrAdministrator]
        for state in AppraisalState.allCases {
            let possible = Set(parties.flatMap { AppraisalWorkflow.available(in: state, kind: .end, contract: .probation, to: $0) })
            #expect(possible == legal[state], "\(state)")
        }
        #expect(AppraisalWorkflow.available(in: .draft, kind: .beginning, contract: .regular, to: .staffMember) == [.submit])
        #expect(!AppraisalState.signed.isEditable && !AppraisalState.atReportsBoard.isEditable && !AppraisalState.reviewed.isEditable)
    }
}

@Suite struct OverdueTests {
    @Test func aFormIsOverdueOnlyUntilBothHaveSigned() {
        let due = CalendarDate(iso: "2026-02-01")!
        let after = CalendarDate(iso: "2026-02-02")!
        #expect(AppraisalState.draft.isOverdue(due: due, on: after))
        #expect(AppraisalState.returned.isOverdue(due: due, on: after))
        #expect(!AppraisalState.draft.isOverdue(due: due, on: due), "due on the day itself")
        #expect(!AppraisalState.signed.isOverdue(due: due, on: after))
        #expect(!AppraisalState.atReportsBoard.isOverdue(due: due, on: after))
        #expect(AppraisalState.awaitingSignature == [.draft, .selfAssessed, .inDiscussion, .staffSigned, .returned])
    }
}
