import Foundation
import StrideCore
import Testing

/// The Mid-term Review's adjustments and the plan they make, and the End of Cycle's two parts.
@Suite struct MidtermAndEndOfCycleTests {
    static let a = UUID(), b = UUID(), c = UUID(), d = UUID()
    static let agreed = [a, b, c].enumerated().map { index, key in
        Output(key: key, description: "Output \(index + 1)", measuresOfSuccess: "Measured", timeline: "2027", resources: "Time")
    }

    @Test func theAgreedTextStaysBesideTheAdjustedOne() {
        let changed = Output(key: UUID(), description: "Output 2, smaller", measuresOfSuccess: "Measured", timeline: "2027")
        let added = Output(key: UUID(), description: "A new output", measuresOfSuccess: "Measured", timeline: "2027")
        let review = MidtermReview(outputs: [
            OutputReview(key: Self.a, progress: "On track"),
            OutputReview(key: Self.b, progress: "Slower", adjustment: .init(kind: .change, output: changed, reason: "Budget cut")),
            OutputReview(key: Self.c, adjustment: .init(kind: .drop, reason: "Project cancelled")),
            OutputReview(key: Self.d, progress: "Started", adjustment: .init(kind: .add, output: added, reason: "New priority")),
        ], objectiveProgress: "Course done")
        let plan = OutputPlan.current(agreed: Self.agreed, midterm: review)
        #expect(plan.map(\.key) == [Self.a, Self.b, Self.c, Self.d])
        #expect(plan[1].agreed?.description == "Output 2" && plan[1].current?.description == "Output 2, smaller")
        #expect(plan[1].current?.key == Self.b, "a changed output keeps its key")
        #expect(plan[2].isActive == false && plan[2].reason == "Project cancelled")
        #expect(plan[3].agreed == nil && plan[3].adjustment == .add && plan[3].current?.key == Self.d)
        #expect(MidtermReviewRules.submissionProblems(review, agreed: Self.agreed).isEmpty)
        #expect(OutputPlan.current(agreed: Self.agreed, midterm: nil).allSatisfy { $0.current == $0.agreed && $0.adjustment == nil })
    }

    @Test func anAdjustmentNeedsItsReasonAndThePlanItsThreeToFive() {
        let review = MidtermReview(outputs: [
            OutputReview(key: Self.a, progress: ""),
            OutputReview(key: Self.b, adjustment: .init(kind: .drop, reason: "")),
            OutputReview(key: Self.c, progress: "Done", adjustment: .init(kind: .change, output: Output(key: Self.c), reason: "Scope")),
            OutputReview(key: Self.d, progress: "x", adjustment: .init(kind: .change, output: Self.agreed[0], reason: "No such output")),
        ])
        let problems = MidtermReviewRules.submissionProblems(review, agreed: Self.agreed)
        #expect(problems.map(\.field) == ["outputs", "outputs[0].progress", "outputs[1].reason", "outputs[2].description",
                                          "outputs[2].measuresOfSuccess", "outputs[2].timeline", "outputs[3].adjustment", "objectiveProgress"])
        #expect(problems[0].message == "Outputs: keep at least 3 after the adjustments (you have 2)")
        #expect(MidtermReviewRules.storageProblems(review).isEmpty, "a draft saves with gaps")
    }

    static let skill1 = UUID(), skill2 = UUID()
    static let context = EndOfCycleRules.Context(outputKeys: [a, b, c], competencySkills: [skill1, skill2], managesOthers: true)

    static func selfAssessed() -> EndOfCycle {
        var form = EndOfCycleRules.blank(for: context)
        for index in form.outputs.indices { form.outputs[index].assessment.selfAssessment = "Delivered" }
        for index in form.competencies.indices { form.competencies[index].assessment.selfAssessment = "Shown" }
        form.objectiveSelfAssessment = "Course done"
        form.challenges = "A reorganisation"
        form.lessonsLearned = "Plan for slack"
        return form
    }

    @Test func theSelfAssessmentComesWholeBeforeTheManagerRates() {
        #expect(EndOfCycleRules.selfAssessmentProblems(EndOfCycleRules.blank(for: Self.context), context: Self.context).map(\.field)
            == ["outputs[0].selfAssessment", "outputs[1].selfAssessment", "outputs[2].selfAssessment", "competencies[0].selfAssessment",
                "competencies[1].selfAssessment", "objectiveSelfAssessment", "challenges", "lessonsLearned"])
        let form = Self.selfAssessed()
        #expect(EndOfCycleRules.selfAssessmentProblems(form, context: Self.context).isEmpty)
        let manager = EndOfCycleRules.managerProblems(form, context: Self.context)
        #expect(manager.first?.message == "Output 1: choose a rating")
        #expect(manager.last?.message == "Overall rating: choose one")
    }

    @Test func anInconsistentOverallRatingNeedsAJustification() {
        var form = Self.selfAssessed()
        for index in form.outputs.indices { form.outputs[index].assessment.rating = .partiallyMet; form.outputs[index].assessment.comment = "Late" }
        for index in form.competencies.indices { form.competencies[index].assessment.rating = .fullyMet; form.competencies[index].assessment.comment = "Fine" }
        form.objectiveAssessment = "Done"
        form.accountabilitiesAssessment = "Good"
        form.overallRating = .consistentlyExceeds
        #expect(EndOfCycleRules.inconsistency(form, context: Self.context) != nil)
        #expect(EndOfCycleRules.managerProblems(form, context: Self.context).map(\.field) == ["justification"])
        form.justification = "The outputs were late for reasons outside her control; the work itself was exceptional."
        #expect(EndOfCycleRules.managerProblems(form, context: Self.context).isEmpty)
        form.overallRating = .doesNotFullyMeet
        form.justification = ""
        #expect(EndOfCycleRules.managerProblems(form, context: Self.context).isEmpty, "3 of 5 partially met: consistent")
    }

    @Test func eachPartySavesOnlyTheirOwnPart() {
        var stored = Self.selfAssessed()
        stored.outputs[0].assessment.rating = .exceeded
        stored.overallRating = .fullyMeets
        var fromStaff = stored
        fromStaff.challenges = "Changed by the staff member"
        fromStaff.outputs[0].assessment.rating = .partiallyMet   // not theirs to change
        fromStaff.overallRating = .consistentlyExceeds
        let merged = stored.withSelfAssessment(from: fromStaff)
        #expect(merged.challenges == "Changed by the staff member")
        #expect(merged.outputs[0].assessment.rating == .exceeded && merged.overallRating == .fullyMeets)
        var fromManager = stored
        fromManager.challenges = "Changed by the manager"       // not theirs to change
        fromManager.overallRating = .consistentlyExceeds
        let rated = stored.withManagerPart(from: fromManager)
        #expect(rated.challenges == "A reorganisation" && rated.overallRating == .consistentlyExceeds)
    }
}

/// Carrying unfinished outputs into the next cycle.
@Suite struct CarryOverTests {
    @Test func unfinishedOutputsAreSuggestedAndCarriedWithNewKeys() {
        let agreed = MidtermAndEndOfCycleTests.agreed
        let plan = OutputPlan.current(agreed: agreed, midterm: MidtermReview(outputs: [
            OutputReview(key: agreed[2].key, adjustment: .init(kind: .drop, reason: "Cancelled")),
        ]))
        var end = EndOfCycle(outputs: [OutputAssessment(key: agreed[0].key, assessment: .init(rating: .exceeded)),
                                       OutputAssessment(key: agreed[1].key, assessment: .init(rating: .partiallyMet))])
        let candidates = CarryOver.candidates(plan, endOfCycle: end)
        #expect(candidates.map(\.output.key) == [agreed[0].key, agreed[1].key], "a dropped output is not offered")
        #expect(candidates.map(\.suggested) == [false, true])
        end.outputs[1].assessment.rating = nil
        #expect(CarryOver.candidates(plan, endOfCycle: end)[1].suggested, "not rated yet: not known to be achieved")
        let next = CarryOver.beginning(carrying: [agreed[1]], newKey: UUID.init)
        #expect(next.outputs.count == 1 && next.outputs[0].description == "Output 2" && next.outputs[0].key != agreed[1].key)
        #expect(!CarryOver.mayOpenNext(after: .draft) && CarryOver.mayOpenNext(after: .selfAssessed))
    }
}
