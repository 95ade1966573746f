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
        let reviewed = ImprovementPlanSubject(staff: Self.plan.staff, stage: .reviewed)
        #expect(ImprovementPlanPolicy.decide(boss, .manage, reviewed) == .refused("The plan's review is recorded: it no longer changes"))
        #expect(ImprovementPlanPolicy.decide(board, .reviewAsBoard, reviewed) == .allowed)
        #expect(ImprovementPlanPolicy.decide(hr, .reviewAsBoard, reviewed) == .forbidden)
        #expect(Self.decide(board, .reviewAsBoard) == .refused("The plan reaches the Reports Board once its six-month review is recorded"))
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

    @Test func aPlanNamesTheAreasAtLeastOneMeasureAndObjectivesWithTimelines() throws {
        let today = CalendarDate(iso: "2026-03-01")!
        let input = ImprovementPlanInput(startsOn: "2026-03-02", areas: "Reports late", training: nil, coaching: "Weekly with Mona",
                                         otherSupport: "", objectives: [("Reports on time", "From April"), (nil, " "), ("", "")])
        let plan = try #require(input.validate(today: today).value)
        #expect(plan.objectives == [ImprovementObjective(description: "Reports on time", timeline: "From April")] && plan.otherSupport == nil)
        let empty = ImprovementPlanInput(startsOn: "2025-01-01", areas: "", training: nil, coaching: nil, otherSupport: nil,
                                         objectives: [("Half", nil)])
        #expect(empty.validate(today: today).errors.map(\.field) == ["startsOn", "areas", "training", "objective-1-timeline"])
        #expect(ImprovementPlanOwnView.validate(view: " ", supportConcerns: nil).errors.map(\.field) == ["view"])
    }
}
