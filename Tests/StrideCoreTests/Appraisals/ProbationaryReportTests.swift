import Foundation
import StrideCore
import Testing

/// The probationary report: the manager's to write and put forward, complete before it is
/// submitted, with reasons for anything but confirmation.
@Suite struct ProbationaryReportTests {
    private let complete = ProbationaryReport(performance: "Met every output", competencies: "Shown throughout",
                                              colleagueFeedback: "Four colleagues: reliable", recommendation: .confirm)

    @Test func aDraftSavesWithGapsAndASubmissionNamesEachInPageOrder() {
        #expect(ProbationaryReportRules.storageProblems(ProbationaryReport()) == [])
        #expect(ProbationaryReportRules.submissionProblems(ProbationaryReport()).map(\.field)
            == ["performance", "competencies", "colleagueFeedback", "recommendation"])
        #expect(ProbationaryReportRules.submissionProblems(complete) == [])
        var tooLong = complete
        tooLong.performance = String(repeating: "x", count: BeginningOfCycleRules.longText + 1)
        #expect(ProbationaryReportRules.storageProblems(tooLong).map(\.field) == ["performance"])
    }

    @Test func anExtensionNeedsItsLengthAndReasonsAndNotConfirmingNeedsReasons() {
        var extend = complete
        extend.recommendation = .extend
        #expect(ProbationaryReportRules.submissionProblems(extend) == [
            FieldError("extensionMonths", "Extension: say by how many months"),
            FieldError("reasons", "Reasons: say why the appointment should not be confirmed yet"),
        ])
        extend.extensionMonths = 13
        #expect(ProbationaryReportRules.storageProblems(extend) == [FieldError("extensionMonths", "Extension: from 1 to 12 months")])
        extend.extensionMonths = 6
        extend.reasons = "Time to complete the second output"
        #expect(ProbationaryReportRules.submissionProblems(extend) == [])
        var refuse = complete
        refuse.recommendation = .doNotConfirm
        #expect(ProbationaryReportRules.submissionProblems(refuse).map(\.field) == ["reasons"])
    }

    @Test func onlyTheManagerWritesAndSubmitsItTheStaffMemberSigns() {
        let staffID = UUID(), managerID = UUID()
        let subject = AppraisalSubject(staff: StaffSubject(staffID: staffID, unitID: nil, supervisorChain: [managerID]), appraiserID: managerID,
                                       kind: .probationReport, state: .draft)
        let staff = Viewer(staffID: staffID, roles: []), manager = Viewer(staffID: managerID, roles: [])
        #expect(AppraisalPolicy.decide(staff, .edit, subject) == .forbidden)
        #expect(AppraisalPolicy.decide(staff, .view, subject) == .allowed)
        #expect(AppraisalPolicy.decide(manager, .edit, subject) == .allowed)
        #expect(AppraisalPolicy.availableActions(to: staff, on: subject, contract: .probation) == [])
        #expect(AppraisalPolicy.availableActions(to: manager, on: subject, contract: .probation) == [.submit])
        #expect(AppraisalWorkflow.next(from: .inDiscussion, kind: .probationReport, contract: .probation, action: .signAsStaff, by: .staffMember)
            == .success(.staffSigned))
        #expect(AppraisalWorkflow.next(from: .signed, kind: .probationReport, contract: .probation, action: .sendToReportsBoard, by: .manager)
            == .success(.atReportsBoard))
    }
}
