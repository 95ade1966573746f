import Foundation
import StrideCore
import Testing

/// Performance improvement plans: who sees and writes them, when the review is due, what it records.
@Suite struct ImprovementPlanTests {
    static let staff = UUID(), manager = UUID(), director = UUID(), head = UUID(), unit = UUID()
    static let plan = ImprovementPlanSubject(staff: StaffSubject(staffID: staff, unitID: unit, supervisorChain: [manager, director, head]))

    static func decide(_ viewer: Viewer, _ action: ImprovementPlanPolicy.Action) -> AccessDecision {
        ImprovementPlanPolicy.decide(viewer, action, plan)
    }

    @Test func onlyThePersonTheirTwoManagersHRAndTheBoardSeeIt() {
        let me = Viewer(staffID: Self.staff, roles: []), boss = Viewer(staffID: Self.manager, roles: [.manager])
        let bossesBoss = Viewer(staffID: Self.director, roles: [.manager]), top = Viewer(staffID: Self.head, roles: [.manager])
        let chief = Viewer(staffID: UUID(), roles: [.responsibleChief], chiefOfUnits: [Self.unit])
        let hr = Viewer(staffID: UUID(), roles: [.hrAdministrator]), board = Viewer(staffID: UUID(), roles: [.reportsBoardMember])
        #expect([me, boss, bossesBoss, hr, board].allSatisfy { Self.decide($0, .view) == .allowed })
        #expect([top, chief].allSatisfy { Self.decide($0, .view) == .forbidden })
        #expect(Self.decide(boss, .manage) == .allowed && Self.decide(hr, .manage) == .allowed)
        #expect([me, bossesBoss, board].allSatisfy { Self.decide($0, .manage) == .forbidden })
        #expect(Self.decide(me, .giveOwnView) == .allowed && Self.decide(boss, .giveOwnView) == .forbidden)
    }

    @Test func theReviewFallsSixMonthsOnAndInsufficientProgressNamesTheNextStep() {
        #expect(ImprovementPlanRules.reviewDue(startingOn: CalendarDate(iso: "2026-08-31")!) == CalendarDate(iso: "2027-02-28"))
        #expect(ImprovementPlanRules.isSuggested(after: .doesNotFullyMeet) && !ImprovementPlanRules.isSuggested(after: .fullyMeets))
        #expect(!ImprovementPlanRules.isSuggested(after: nil))
        #expect(ImprovementPlanRules.reviewProblems(progress: "insufficient", nextStep: nil, summary: "Two objectives missed.").errors
            == [FieldError("nextStep", "Choose the next step: extended monitoring or referral")])
        #expect(ImprovementPlanRules.reviewProblems(progress: "sufficient", nextStep: "referral", summary: "").errors.map(\.field)
            == ["summary", "nextStep"])
        #expect(ImprovementPlanRules.reviewProblems(progress: "insufficient", nextStep: "extended_monitoring", summary: " Late again. ").value
            == ImprovementReview(progress: .insufficient, nextStep: .extendedMonitoring, summary: "Late again."))
        #expect(ImprovementPlanRules.reviewProblems(progress: nil, nextStep: nil, summary: "x").errors.map(\.field) == ["progress"])
    }
}
